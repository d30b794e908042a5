// description: Promise.resolve and Promise.reject make their promise with their this (NewPromiseCapability): a custom constructor's executor gets the settling functions, PromiseResolve returns a promise whose constructor is this, the executor refuses a second set of functions, and non-callable functions, non-object and non-constructor receivers and a throwing constructor are errors
// expect: Promise{fulfilled: [["construct true 1 function", "resolve a 1", "construct true 1 function", "reject b", "construct true 1 function", "resolve [object Promise] 1"], "custom", "custom", true, true, true, true, false, 6, "TypeError: PromiseResolve called on non-object", "TypeError: PromiseReject called on non-object", "TypeError", "TypeError", "TypeError: Promise resolve or reject function is not callable", "TypeError: Promise resolve or reject function is not callable", "TypeError: Promise executor has already been invoked with non-undefined arguments", "accepted", "RangeError: from constructor"]}
function attempt(f) {
  try { return f() } catch (e) { return e.name + ': ' + e.message }
}

function errorName(f) {
  try { f(); return 'no error' } catch (e) { return e.name }
}

function test() {
  var log = []
  function Custom(executor) {
    log.push('construct ' + (this instanceof Custom) + ' ' + arguments.length + ' ' + typeof executor)
    executor(function (v) { log.push('resolve ' + v + ' ' + arguments.length) }, function (r) { log.push('reject ' + r) })
    this.tag = 'custom'
  }
  var r1 = Promise.resolve.call(Custom, 'a')
  var r2 = Promise.reject.call(Custom, 'b')
  var native = Promise.resolve(1)
  native.constructor = Custom
  var same = Promise.resolve.call(Custom, native) === native
  var wrapped = Promise.resolve.call(Custom, Promise.resolve(2)) instanceof Custom
  function Sub(executor) {
    var p = new Promise(executor)
    Object.setPrototypeOf(p, Sub.prototype)
    return p
  }
  Sub.prototype = Object.create(Promise.prototype, { constructor: { value: Sub } })
  var s = Promise.resolve.call(Sub, 3)
  var derived = s.then(function (v) { return v * 2 })
  return derived.then(function (v) {
    return [log, r1.tag, r2.tag, r1 instanceof Custom, same, wrapped, s instanceof Sub, derived instanceof Sub, v,
      attempt(function () { return Promise.resolve.call(undefined, 1) }),
      attempt(function () { return Promise.reject.call(1, 1) }),
      errorName(function () { Promise.resolve.call({}, 1) }),
      errorName(function () { Promise.reject.call(Math.max, 1) }),
      attempt(function () { return Promise.resolve.call(function (ex) { ex(1, 2) }) }),
      attempt(function () { return Promise.resolve.call(function (ex) { ex(undefined, function () {}) }) }),
      attempt(function () { return Promise.reject.call(function (ex) { ex(function () {}, undefined); ex(function () {}, function () {}) }) }),
      attempt(function () { Promise.resolve.call(function (ex) { ex(); ex(undefined, undefined); ex(function () {}, function () {}) }, 1); return 'accepted' }),
      attempt(function () { return Promise.reject.call(function () { throw new RangeError('from constructor') }) })]
  })
}

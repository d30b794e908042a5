// description: finally needs an object receiver, does the constructor lookup of SpeciesConstructor, invokes then with two anonymous one-argument functions (or onFinally itself when it is not callable), and passes the original outcome on once onFinally's result settles, invoking its then with one function
// expect: Promise{fulfilled: ["TypeError: Promise.prototype.finally called on non-object", "TypeError: The .constructor property is not an object", [2, ["function", 1, "", "length,name", false], ["function", 1, "", "length,name", false], false], "then result", [2, "not callable", "not callable"], "passed through", 0, ["inner then", 1, ["function", 0, "", "length,name", false]], "kept", "reason", "override", "late"]}
function describe(f) {
  return [typeof f, f.length, f.name, Object.getOwnPropertyNames(f).join(), f.hasOwnProperty('prototype')]
}

function test() {
  var out = []
  try { Promise.prototype.finally.call(1, function () {}) } catch (e) { out.push(e.name + ': ' + e.message) }
  var bad = Promise.resolve()
  bad.constructor = 7
  try { bad.finally(function () {}) } catch (e) { out.push(e.name + ': ' + e.message) }
  var thenable = { then: function (f, r) { out.push([arguments.length, describe(f), describe(r), f === r]); return 'then result' } }
  out.push(Promise.prototype.finally.call(thenable, function () {}))
  var plain = { then: function (f, r) { out.push([arguments.length, f, r]); return 'passed through' } }
  out.push(Promise.prototype.finally.call(plain, 'not callable'))
  var inner = Promise.resolve('inner')
  inner.then = function (f) {
    out.push(['inner then', arguments.length, describe(f)])
    return Promise.prototype.then.apply(this, arguments)
  }
  return Promise.resolve('kept').finally(function () { out.push(arguments.length); return inner })
    .then(function (v) { out.push(v); return Promise.reject('reason').finally(function () {}) })
    .then(null, function (r) { out.push(r); return Promise.resolve(1).finally(function () { throw 'override' }) })
    .then(null, function (r) { out.push(r); return Promise.resolve(1).finally(function () { return Promise.reject('late') }) })
    .then(null, function (r) { out.push(r); return out })
}

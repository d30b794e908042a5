// description: the combinators look up this.resolve once, call it with this as receiver for each element and invoke then on what it returns; a throwing lookup or a resolve that is not a function rejects the promise; their this must be a constructor
// expect: Promise{fulfilled: [["all", "get resolve", "resolve true 1", "then 1 2 function function", "resolve true 2", "then 2 2 function function", "allSettled", "get resolve", "resolve true 1", "then 1 2 function function", "resolve true 2", "then 2 2 function function", "any", "get resolve", "resolve true 1", "then 1 2 function function", "resolve true 2", "then 2 2 function function", "race", "get resolve", "resolve true 1", "then 1 2 function function", "resolve true 2", "then 2 2 function function", "patched 4", "patched 5"], ["all fulfilled [1,2]", "allSettled fulfilled [{\"status\":\"fulfilled\",\"value\":1},{\"status\":\"fulfilled\",\"value\":2}]", "any fulfilled 1", "race fulfilled 1", "throwing lookup rejected RangeError: no resolve", "not a function rejected TypeError: resolve is not a function", "patched fulfilled [4,5]"], ["TypeError: Promise.all called on non-object", "TypeError: Promise.allSettled called on non-object", "TypeError: Promise.any called on non-object", "TypeError: Promise.race called on non-object"], "TypeError"]}
// expect cloudfront-js-1.0: throws TypeError: Cannot read property 'call' of undefined
function outcome(label, p) {
  return p.then(function (v) { return label + ' fulfilled ' + JSON.stringify(v) },
    function (e) { return label + ' rejected ' + e.name + ': ' + e.message })
}

function attempt(f) {
  try { f(); return 'no error' } catch (e) { return e.name + ': ' + e.message }
}

function test() {
  var log = []
  function C(executor) { return new Promise(executor) }
  Object.defineProperty(C, 'resolve', {
    get: function () {
      log.push('get resolve')
      return function (v) {
        log.push('resolve ' + (this === C) + ' ' + v)
        var p = Promise.resolve(v)
        var then = p.then
        p.then = function (f, r) { log.push('then ' + v + ' ' + arguments.length + ' ' + typeof f + ' ' + typeof r); return then.call(this, f, r) }
        return p
      }
    },
  })
  var jobs = ['all', 'allSettled', 'any', 'race'].map(function (n) {
    log.push(n)
    return outcome(n, Promise[n].call(C, [1, 2]))
  })
  function D(executor) { return new Promise(executor) }
  Object.defineProperty(D, 'resolve', { get: function () { throw new RangeError('no resolve') } })
  jobs.push(outcome('throwing lookup', Promise.race.call(D, [1])))
  function E(executor) { return new Promise(executor) }
  E.resolve = 1
  jobs.push(outcome('not a function', Promise.allSettled.call(E, [1])))
  var saved = Promise.resolve
  Promise.resolve = function (v) { log.push('patched ' + v); return saved.call(this, v) }
  jobs.push(outcome('patched', Promise.all([4, 5])))
  Promise.resolve = saved
  var errors = [
    attempt(function () { Promise.all.call(undefined, []) }),
    attempt(function () { Promise.allSettled.call(1, []) }),
    attempt(function () { Promise.any.call('x', []) }),
    attempt(function () { Promise.race.call(null, []) }),
  ]
  var notConstructor = attempt(function () { Promise.all.call({}, []) }).split(':')[0]
  return Promise.all(jobs).then(function (results) { return [log, results, errors, notConstructor] })
}

// description: errors while iterating reject the combinator's promise without closing the iterator; errors from resolve or then close it (calling return) and still reject with the first error, whatever return does
// expect: Promise{fulfilled: [[["all iterator", "@@iterator"], ["race iterator", "@@iterator"], ["all next", "@@iterator", "next", "next"], ["race next", "@@iterator", "next", "next"], ["all result", "@@iterator", "next", "next"], ["race result", "@@iterator", "next", "next"], ["all done", "@@iterator", "next", "next"], ["race done", "@@iterator", "next", "next"], ["all value", "@@iterator", "next", "next"], ["race value", "@@iterator", "next", "next"], ["allSettled then getter", "@@iterator", "next", "return"], ["any then throws", "@@iterator", "next", "next", "return"], ["all resolve throws", "@@iterator", "next", "next", "return"], ["race return throws", "@@iterator", "next", "return"], ["all return getter", "@@iterator", "next", "get return"], ["allSettled return not callable", "@@iterator", "next"]], ["all iterator rejected TypeError: Result of the Symbol.iterator method is not an object", "race iterator rejected TypeError: Result of the Symbol.iterator method is not an object", "all next rejected RangeError: next throws", "race next rejected RangeError: next throws", "all result rejected TypeError: Iterator result 1 is not an object", "race result rejected TypeError: Iterator result 1 is not an object", "all done rejected RangeError: done throws", "race done rejected RangeError: done throws", "all value rejected RangeError: value throws", "race value rejected RangeError: value throws", "allSettled then getter rejected RangeError: then getter", "any then throws rejected RangeError: then throws", "all resolve throws rejected RangeError: resolve throws", "race return throws rejected RangeError: then throws", "all return getter rejected RangeError: then throws", "allSettled return not callable rejected RangeError: then throws"]]}
// expect cloudfront-js-1.0: throws TypeError: Cannot read property 'call' of undefined
function iterable(log, values, fault) {
  var o = {}
  o[Symbol.iterator] = function () {
    log.push('@@iterator')
    if (fault === 'iterator') return 1
    var i = 0
    var it = {
      next: function () {
        log.push('next')
        if (fault === 'next' && i === 1) throw new RangeError('next throws')
        if (fault === 'result' && i === 1) return 1
        if (fault === 'done' && i === 1) return { get done() { throw new RangeError('done throws') } }
        if (fault === 'value' && i === 1) return { done: false, get value() { throw new RangeError('value throws') } }
        return i < values.length ? { value: values[i++], done: false } : { value: 'ignored', done: true }
      },
    }
    if (fault === 'return getter') {
      Object.defineProperty(it, 'return', { get: function () { log.push('get return'); throw new Error('return getter') } })
    } else if (fault === 'return not callable') {
      it.return = 5
    } else {
      it.return = function () { log.push('return'); if (fault === 'return throws') throw new Error('return throws'); return {} }
    }
    return it
  }
  return o
}

function outcome(label, p) {
  return p.then(function (v) { return label + ' fulfilled ' + JSON.stringify(v) },
    function (e) { return label + ' rejected ' + e.name + ': ' + e.message })
}

function test() {
  var logs = []
  var jobs = []
  function run(name, fault, values, thisValue) {
    var log = []
    logs.push(log)
    log.push(name + ' ' + fault)
    jobs.push(outcome(name + ' ' + fault, Promise[name].call(thisValue || Promise, iterable(log, values || [1, 2, 3], fault))))
  }
  var faults = ['iterator', 'next', 'result', 'done', 'value']
  faults.forEach(function (f) { run('all', f); run('race', f) })
  var badThen = Promise.resolve(1)
  Object.defineProperty(badThen, 'then', { get: function () { throw new RangeError('then getter') } })
  run('allSettled', 'then getter', [badThen])
  var throwingThen = Promise.resolve(1)
  throwingThen.then = function () { throw new RangeError('then throws') }
  run('any', 'then throws', [2, throwingThen])
  function C(executor) { return new Promise(executor) }
  C.resolve = function (v) { if (v === 2) throw new RangeError('resolve throws'); return Promise.resolve(v) }
  run('all', 'resolve throws', [1, 2, 3], C)
  run('race', 'return throws', [throwingThen])
  run('all', 'return getter', [throwingThen])
  run('allSettled', 'return not callable', [throwingThen])
  return Promise.all(jobs).then(function (results) { return [logs, results] })
}

// description: the combinators settle in the job order ECMAScript gives (checked against Node): element reactions, thenable jobs and chained then callbacks interleave exactly
// expect: Promise{fulfilled: ["a start", "sync end", "thenable.then", "thenable.then", "thenable.then", "all empty []", "tick 1", "race P1", "race2 now", "any P2", "any rejected x,y", "all rejected z", "tick 2", "a 1,2", "all P1,T,3", "allSettled [{\"status\":\"rejected\",\"reason\":\"y\"},{\"status\":\"fulfilled\",\"value\":\"T\"},{\"status\":\"fulfilled\",\"value\":\"L\"}]", "tick 3", "thenable.then", "tick 4", "a L", "tick 5"]}
// expect cloudfront-js-1.0: compile-error 25:3 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  var log = []
  var thenable = { then: function (r) { log.push('thenable.then'); r('T') } }
  var p1 = Promise.resolve('P1')
  var p2 = new Promise(function (r) { r('P2') })
  var late
  var p3 = new Promise(function (r) { late = r })
  Promise.all([p1, thenable, 3]).then(function (v) { log.push('all ' + v) })
  Promise.race([thenable, p1]).then(function (v) { log.push('race ' + v) })
  Promise.race([p3, 'now']).then(function (v) { log.push('race2 ' + v) })
  Promise.any([Promise.reject('x'), p2]).then(function (v) { log.push('any ' + v) })
  Promise.any([Promise.reject('x'), Promise.reject('y')]).catch(function (e) { log.push('any rejected ' + e.errors) })
  Promise.allSettled([Promise.reject('y'), thenable, p3]).then(function (v) { log.push('allSettled ' + JSON.stringify(v)) })
  Promise.all([p3, Promise.reject('z')]).then(null, function (e) { log.push('all rejected ' + e) })
  Promise.all([]).then(function (v) { log.push('all empty ' + JSON.stringify(v)) })
  Promise.race([]).then(function () { log.push('race empty settled') })
  p1.then(function () { log.push('tick 1'); late('L') })
    .then(function () { log.push('tick 2') })
    .then(function () { log.push('tick 3') })
    .then(function () { log.push('tick 4') })
    .then(function () { log.push('tick 5') })
  async function a() {
    log.push('a start')
    var v = await Promise.all([1, Promise.resolve(2)])
    log.push('a ' + v)
    var w = await Promise.race([p3, thenable])
    log.push('a ' + w)
  }
  a()
  log.push('sync end')
  var done = Promise.resolve()
  for (var i = 0; i < 20; i++) done = done.then(function () {})
  return done.then(function () { return log })
}

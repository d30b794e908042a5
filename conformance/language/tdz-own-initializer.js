// description: a let/const binding read in its own initializer or in its for-in head is in its temporal dead zone
// expect: ["ReferenceError", "ReferenceError", "ReferenceError", "ReferenceError", "ReferenceError", 1, ["a", "b"]]
// expect cloudfront-js-1.0: compile-error 6:32 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  function error(f) { try { f(); return 'no error' } catch (e) { return e.name } }
  var selfRead = function () { let x = x }
  var selfArith = function () { const y = y + 1 }
  var viaClosure = function () { let z = (function () { return z })() }
  var forInHead = function () { for (let k in k) {} }
  var probe
  let outer = 'outer'
  for (let outer in { i: probe = function () { return typeof outer } }) {}
  let a = 1, b = a
  var seen = []
  for (let k in { a: 1, b: 2 }) seen.push(function () { return k })
  return [
    error(selfRead), error(selfArith), error(viaClosure), error(forInHead), error(probe),
    b, seen.map(function (f) { return f() }),
  ]
}

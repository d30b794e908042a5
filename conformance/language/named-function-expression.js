// description: a named function expression's own name is bound inside it (recursion, closures), is immutable, and is shadowed by a parameter, var or function of the same name
// expect: [3, true, true, "undefined", 5, 2, "TypeError", "TypeError", ["function", "undefined"], 120]
function test() {
  var count = function f(n) { return n ? f(n - 1) + 1 : 0 }
  var outer = function f() { return function () { return f } }
  var nested = function f() { return [1].map(function () { return f })[0] }
  var shadowVar = function f() { var f; return typeof f }
  var shadowParam = function f(f) { return f }
  var shadowFn = function f() { function f() { return 2 } return f() }
  var assign = function f() { f = 1 }
  var assignInner = function f() { (function () { f++ })() }
  var kind = function f() { return typeof f }
  var fact = { m: function f(n) { return n <= 1 ? 1 : n * f(n - 1) } }
  function error(g) { try { g() } catch (e) { return e.name } }
  return [
    count(3), outer()() === outer, nested() === nested, shadowVar(), shadowParam(5), shadowFn(),
    error(assign), error(assignInner), [kind(), typeof f], fact.m(5),
  ]
}

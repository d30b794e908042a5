// description: arguments past a function's parameters reach it only through arguments, a rest parameter or an arrow's enclosing arguments, however it is called
// expect: Promise{fulfilled: [[3, 3], [[1, 0, [1, 2]], [2, 1, [1, 2]]], ["a", "b"], [2, "y"], 4, ["x", 2]]}
// expect cloudfront-js-1.0: compile-error 13:3 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  var counts = [1, 2].map(function () { return arguments.length });
  var rest = [1, 2].map(function (v, ...more) { return [v, more[0], more[1]] });
  var plain = [{ value: 'a' }, { value: 'b' }].map(function (v) { return v.value });
  function outer(a) { return (() => [arguments.length, arguments[1]])() }
  function deep(a) { return inner(a, 2, 3, 4) }
  function inner() { return arguments.length }
  var called = outer.call(null, 'x', 'y');
  var kept = [];
  async function later(a) { await null; kept.push(a, arguments.length) }
  later('x', 'extra');
  return Promise.resolve().then(function () {}).then(function () {
    return [counts, rest, plain, called, deep(1), kept];
  });
}

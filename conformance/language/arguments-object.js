// description: arguments reflects the passed arguments and is not mapped in strict code
// expect: [[3, 1, 3, [1, 2, 3]], "lexical"]
function test() {
  function f(a, b) { a = 9; return [arguments.length, arguments[0], arguments[2], Array.prototype.slice.call(arguments)] }
  function g() { return (() => arguments[0])() }
  return [f(1, 2, 3), g('lexical')]
}

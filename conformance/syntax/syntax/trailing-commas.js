// description: trailing commas in arrays, objects, parameters and calls
// expect: ok
function f(a, b,) { return [a, b,] }
var o = { a: 1, }
f(1, 2,)

// description: a closure keeps its own copy of the enclosing variables
// expect: [1, 2, 1]
function counter() {
  var n = 0
  return function () { return ++n }
}
function test() {
  var a = counter(), b = counter()
  return [a(), a(), b()]
}

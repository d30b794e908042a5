// description: var and function declarations are hoisted to the top of their function
// expect: [["function", undefined], 2, 1]
function test() {
  var before = [typeof f, v]
  var v = 1
  function f() { return 2 }
  return [before, f(), v]
}

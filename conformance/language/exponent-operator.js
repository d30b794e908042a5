// description: ** is right-associative and works with assignment
// expect: [512, 64, 4, 0.25, 8, 2]
function test() {
  var x = 2
  x **= 3
  return [2 ** 3 ** 2, (2 ** 3) ** 2, (-2) ** 2, 2 ** -2, x, 4 ** 0.5]
}

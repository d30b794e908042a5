// description: the conditional operator picks a branch and evaluates only it
// expect: ["yes", 0, 3]
function test() {
  var n = 0
  var r = true ? 'yes' : n++
  var nested = false ? 1 : null ? 2 : 3
  return [r, n, nested]
}

// description: do-while runs its body at least once
// expect: [3, 11]
function test() {
  var n = 0, m = 10
  do { n++ } while (n < 3)
  do { m++ } while (false)
  return [n, m]
}

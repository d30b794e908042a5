// description: operands are evaluated left to right, before the operation
// expect: [7, [1, 2, 3, "k", "value"], 6]
function test() {
  var log = []
  function v(x) { log.push(x); return x }
  var r = v(1) + v(2) * v(3)
  var o = {}
  o[v('k')] = v('value')
  var a = 1
  var b = a + (a = 5)
  return [r, log, b]
}

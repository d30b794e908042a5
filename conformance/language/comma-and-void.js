// description: the comma operator yields its last operand; void yields undefined
// expect: [3, undefined, 2]
function test() {
  var a = (1, 2, 3)
  var b = void 'ignored'
  var x = 0
  var c = (x++, x++, x)
  return [a, b, c]
}

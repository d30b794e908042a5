// description: writing past the end grows length; setting length truncates
// expect: [6, [1, 2], 101, ["100"]]
function test() {
  var a = [1, 2, 3]
  a[5] = 6
  var l1 = a.length
  a.length = 2
  var b = []
  b[100] = 1
  return [l1, a, b.length, Object.keys(b)]
}

// description: prefix and postfix ++/-- return new and old values; they convert to numbers
// expect: [1, 2, 3, 5, 4, 1, 3, 1, [0]]
function test() {
  var a = 1, b = '5', o = { n: 1 }, arr = [1]
  var r = [a++, a, ++a, b--, b, o.n++, ++o.n, arr[0]--, arr]
  return r
}

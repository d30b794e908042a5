// description: an anonymous function assigned to a name takes it, but not through a parenthesised target; bind counts only an own length
// expect: [["", "g", "h", "x"], [0, 1]]
function test() {
  var fn, g, h
  ;(fn) = function () {}
  g = function () {}
  ;(h = function () {})
  var x = (function () {})
  function bar(a, b) {}
  Object.setPrototypeOf(bar, { length: 42 })
  delete bar.length
  function two(a, b) {}
  return [[fn.name, g.name, h.name, x.name], [Function.prototype.bind.call(bar, null, 1).length, two.bind(null, 1).length]]
}

// description: + concatenates when either side is a string after ToPrimitive
// expect: [3, "12", "12", 1, NaN, 2, "", "[object Object]", 6, "S1", "x5", "33", "123"]
function test() {
  var o = { valueOf: function () { return 5 } }
  var s = { toString: function () { return 'S' } }
  return [1 + 2, '1' + 2, 1 + '2', 1 + null, 1 + undefined, true + true, [] + [], [] + {}, o + 1, s + 1, 'x' + o, 1 + 2 + '3', '1' + 2 + 3]
}

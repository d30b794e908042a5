// description: array literals, holes and trailing commas
// expect: [3, false, 2, 2, [1, <hole>, 3]]
function test() {
  var a = [1, , 3]
  var b = [, ,]
  var c = [1, 2, ]
  return [a.length, 1 in a, b.length, c.length, a]
}

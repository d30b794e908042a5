// description: functions have length and name
// expect: [3, "named", 1, 2, "object", "undefined"]
function test() {
  function named(a, b, c) {}
  var anon = function (x) {}
  var arrow = (p, q) => p
  return [named.length, named.name, anon.length, arrow.length, typeof named.prototype, typeof arrow.prototype]
}

// description: escaped reserved words name the same properties as the plain words
// expect: [[1, 2, 3], ["break", "default", "if"], 4]
function test() {
  var o = { bre\u0061k: 1, get d\u0065fault() { return 2 }, set \u0069f(v) { this.seen = v } }
  o.\u0069f = 4
  o.\u{63}lass = 3
  return [[o['break'], o.default, o.class], Object.keys(o).slice(0, 3), o.seen]
}

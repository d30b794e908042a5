// description: ToPrimitive calls valueOf then toString (toString first for strings)
// expect: [2, "two", ["valueOf", "toString"]]
function test() {
  var log = []
  var o = {
    valueOf: function () { log.push('valueOf'); return 1 },
    toString: function () { log.push('toString'); return 'two' },
  }
  var sum = o + 1
  var str = String(o)
  return [sum, str, log]
}

// description: a single object argument goes through ToPrimitive with the default hint: valueOf first, then toString; a string result is parsed
// expect: [86400000, ["valueOf"], 946598400000, 981158400000, 1]
function test() {
  var log = [];
  var o = {
    valueOf: function () { log[log.length] = 'valueOf'; return 86400000 },
    toString: function () { log[log.length] = 'toString'; return '2000-01-01T00:00:00Z' }
  };
  var a = new Date(o).getTime();
  var s = { valueOf: function () { return '1999-12-31T00:00:00.000Z' } };
  var t = { valueOf: function () { return {} }, toString: function () { return '2001-02-03' } };
  var b = { valueOf: function () { return true } };
  return [a, log, new Date(s).getTime(), new Date(t).getTime(), new Date(b).getTime()]
}

// description: errors from ToPrimitive propagate out of Number() and new Number(); valueOf is preferred to toString
// expect: ["RangeError", "URIError", "TypeError", "TypeError", 4, ["valueOf"]]
function test() {
  function kind(f) { try { return f(); } catch (e) { return e.name; } }
  var log = [];
  var o = { valueOf: function () { log[log.length] = 'valueOf'; return 4; }, toString: function () { log[log.length] = 'toString'; return '5'; } };
  return [
    kind(function () { return Number({ valueOf: function () { throw new RangeError('x'); } }); }),
    kind(function () { return new Number({ valueOf: function () { throw new URIError('x'); } }); }),
    kind(function () { return Number({ valueOf: function () { return {}; }, toString: function () { return {}; } }); }),
    kind(function () { return Number(Object.create(null)); }),
    Number(o), log
  ];
}

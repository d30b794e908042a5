// description: Math functions apply ToNumber to the arguments they use (strings, null, booleans, objects) and ignore the rest
// expect: [5, 0, NaN, 1, 0, 16, NaN, 4, 2, 0, -0, -1, 12, 4, -4, ["used", "used"], "URIError", "TypeError"]
function test() {
  var log = [];
  var o = { valueOf: function () { log[log.length] = 'used'; return -4; } };
  var unused = { valueOf: function () { log[log.length] = 'unused'; return 1; } };
  function kind(f) { try { return f(); } catch (e) { return e.name; } }
  return [Math.abs('-5'), Math.abs(null), Math.abs(undefined), Math.abs(true), Math.abs(''), Math.abs(' 0x10 '), Math.abs({}),
    Math.sqrt('16'), Math.floor('2.7'), Math.ceil(null), Math.round('-0.5'), Math.sign('-3'), Math.trunc('  12.9\n'),
    Math.abs(o, unused), Math.floor(o, unused), log,
    kind(function () { return Math.sin({ valueOf: function () { throw new URIError('u'); } }); }),
    kind(function () { return Math.cos({ valueOf: function () { return {}; }, toString: function () { return {}; } }); })];
}

// description: parseInt converts the string before the radix, and errors in either propagate
// expect: [15, ["string", "radix"], "SyntaxError", "RangeError", "URIError", 25]
function test() {
  var log = [];
  var s = { toString: function () { log[log.length] = 'string'; return '17'; } };
  var r = { valueOf: function () { log[log.length] = 'radix'; return 8; } };
  function kind(f) { try { return f(); } catch (e) { return e.name; } }
  return [parseInt(s, r), log,
    kind(function () { return parseInt({ toString: function () { throw new SyntaxError('s'); } }, { valueOf: function () { throw new RangeError('r'); } }); }),
    kind(function () { return parseInt('1', { valueOf: function () { throw new RangeError('r'); } }); }),
    kind(function () { return parseFloat({ toString: function () { throw new URIError('u'); } }); }),
    parseFloat({ toString: function () { return '2.5e1x'; }, valueOf: function () { return 7; } })];
}

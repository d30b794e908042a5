// description: the global isNaN and isFinite apply ToNumber first, unlike Number.isNaN and Number.isFinite
// expect: [true, true, false, false, true, false, true, true, true, true, true, false, true, false, false, true, true, false, true, ["valueOf"], "EvalError", 1, 1, "isNaN", true, false, true]
function test() {
  var log = [];
  var o = { valueOf: function () { log[log.length] = 'valueOf'; return 'x'; } };
  function kind(f) { try { return f(); } catch (e) { return e.name; } }
  var d = Object.getOwnPropertyDescriptor(globalThis, 'isNaN');
  return [
    isNaN(NaN), isNaN('abc'), isNaN('12'), isNaN(''), isNaN(undefined), isNaN(null), isNaN({}), isNaN('0x1g'), isNaN(),
    isFinite(1), isFinite('12'), isFinite('Infinity'), isFinite(null), isFinite(undefined), isFinite('1e400'), isFinite(' 0b1 '),
    isFinite(-0), isFinite(), isNaN(o), log, kind(function () { return isFinite({ valueOf: function () { throw new EvalError('e'); } }); }),
    isNaN.length, isFinite.length, isNaN.name, d.writable, d.enumerable, d.configurable
  ];
}

// description: toString's radix must be 2 to 36 after ToIntegerOrInfinity (NaN, null and 0 become 0), with V8's message
// expect: ["RangeError: toString() radix argument must be between 2 and 36", "RangeError: toString() radix argument must be between 2 and 36", "RangeError: toString() radix argument must be between 2 and 36", "RangeError: toString() radix argument must be between 2 and 36", "RangeError: toString() radix argument must be between 2 and 36", "RangeError: toString() radix argument must be between 2 and 36", "RangeError: toString() radix argument must be between 2 and 36", "RangeError: toString() radix argument must be between 2 and 36", "1", "RangeError: toString() radix argument must be between 2 and 36", "EvalError: x"]
function test() {
  function msg(f) { try { return f(); } catch (e) { return e.name + ': ' + e.message; } }
  return [
    msg(function () { return (1).toString(1); }), msg(function () { return (1).toString(37); }),
    msg(function () { return (1).toString(0); }), msg(function () { return (1).toString(NaN); }),
    msg(function () { return (1).toString(null); }), msg(function () { return (1).toString(Infinity); }),
    msg(function () { return (1).toString(-2); }), msg(function () { return NaN.toString(1); }),
    msg(function () { return (1).toString(36.9); }), msg(function () { return (1).toString(1.9); }),
    msg(function () { return (1).toString({ valueOf: function () { throw new EvalError('x'); } }); })
  ];
}

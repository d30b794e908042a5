// description: toFixed, toExponential and toPrecision: argument ranges, which checks come before the non-finite shortcut, messages
// expect: ["RangeError: toFixed() digits argument must be between 0 and 100", "RangeError: toFixed() digits argument must be between 0 and 100", "RangeError: toFixed() digits argument must be between 0 and 100", "RangeError: toFixed() digits argument must be between 0 and 100", "RangeError: toFixed() digits argument must be between 0 and 100", "1.0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000", "1", "1", "RangeError: toExponential() argument must be between 0 and 100", "RangeError: toExponential() argument must be between 0 and 100", "NaN", "Infinity", "RangeError: toExponential() argument must be between 0 and 100", "RangeError: toPrecision() argument must be between 1 and 100", "RangeError: toPrecision() argument must be between 1 and 100", "NaN", "RangeError: toPrecision() argument must be between 1 and 100", "RangeError: toPrecision() argument must be between 1 and 100", "RangeError: toPrecision() argument must be between 1 and 100", "URIError: u", "URIError: u", "URIError: u", 1, 1, 1, 1, 0]
function test() {
  function msg(f) { try { return f(); } catch (e) { return e.name + ': ' + e.message; } }
  return [
    msg(function () { return (1).toFixed(101); }), msg(function () { return (1).toFixed(-1); }),
    msg(function () { return (1).toFixed(Infinity); }), msg(function () { return NaN.toFixed(101); }),
    msg(function () { return (1e21).toFixed(-1); }), msg(function () { return (1).toFixed(100.9); }),
    msg(function () { return (1).toFixed(-0.9); }), msg(function () { return (1).toFixed(NaN); }),
    msg(function () { return (1).toExponential(101); }), msg(function () { return (1).toExponential(-1); }),
    msg(function () { return NaN.toExponential(101); }), msg(function () { return Infinity.toExponential(-1); }),
    msg(function () { return (0).toExponential(-Infinity); }),
    msg(function () { return (1).toPrecision(0); }), msg(function () { return (1).toPrecision(101); }),
    msg(function () { return NaN.toPrecision(0); }), msg(function () { return (1).toPrecision(0.9); }),
    msg(function () { return (1).toPrecision(null); }), msg(function () { return (1).toPrecision(NaN); }),
    msg(function () { return NaN.toFixed({ valueOf: function () { throw new URIError('u'); } }); }),
    msg(function () { return NaN.toExponential({ valueOf: function () { throw new URIError('u'); } }); }),
    msg(function () { return NaN.toPrecision({ valueOf: function () { throw new URIError('u'); } }); }),
    (1).toFixed.length, (1).toExponential.length, (1).toPrecision.length, (1).toString.length, (1).valueOf.length
  ];
}

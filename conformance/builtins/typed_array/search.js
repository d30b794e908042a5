// description: includes (SameValueZero), indexOf and lastIndexOf (strict equality) (2.0) with fromIndex conversion; non-numbers are never found
// expect: [true, -1, -1, true, 2, 2, true, false, true, false, 0, 4, 4, 0, -1, -1, 0, 3, 4, 4, 0, 0, -1, 4, -1, 0, -1, -1, false, -1, false, false, 0, false, false, -1, [false, 1], RangeError: from, TypeError: this is not a typed array.]
// expect cloudfront-js-1.0: throws TypeError: a.includes is not a function
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  var a = new Float64Array([1, NaN, -0, 3, 1]);
  var calls = 0;
  var from = { valueOf: function () { calls++; return 1; } };
  var r = [a.includes('1', from), calls];
  return [
    a.includes(NaN), a.indexOf(NaN), a.lastIndexOf(NaN), a.includes(0), a.indexOf(0), a.lastIndexOf(-0), a.includes(1, 1), a.includes(1, 5), a.includes(3, -2), a.includes(3, -1),
    a.indexOf(1), a.indexOf(1, 1), a.indexOf(1, -1), a.indexOf(1, -100), a.indexOf(1, 100), a.indexOf(1, Infinity), a.indexOf(1, -Infinity), a.indexOf(3, 2.9), a.indexOf(1, '1'),
    a.lastIndexOf(1), a.lastIndexOf(1, 3), a.lastIndexOf(1, -2), a.lastIndexOf(1, -100), a.lastIndexOf(1, 100), a.lastIndexOf(1, -Infinity), a.lastIndexOf(1, undefined), a.lastIndexOf(3, NaN),
    a.indexOf('1'), a.includes(null), a.indexOf(), a.includes(), new Float32Array([1.1]).includes(1.1), new Float32Array([1.5]).indexOf(1.5), new Uint8Array([255]).includes(-1),
    new Uint8Array(0).includes(0), new Uint8Array(0).indexOf(0, { valueOf: function () { throw new Error('not read'); } }), r,
    t(function () { return a.indexOf(1, { valueOf: function () { throw new RangeError('from'); } }); }), t(function () { return Uint8Array.prototype.includes.call([1], 1); })
  ];
}

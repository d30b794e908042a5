// description: buf.slice and buf.subarray make Buffers viewing the same bytes, with Node's offset rules (truncation, negatives from the end, clamping)
// expect: [[2, "BC"], [2, "ef"], [6, "aBCdef"], [0, ""], [2, "BC"], [5, "BCdef"], [0, ""], [6, "aBCdef"], [3, "Cde"], [2, "aB"], [2, "aB"], [6, "aBCdef"], [3, "def"], [0, ""], [0, ""], [2, "aB"], "aBCdef", true, 2, true, true, true, true, [1, "C"], true]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { var b = f(); return [b.length, b.toString()]; } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var s = Buffer.from('abcdef');
  var v = s.slice(1, 3);
  v[0] = 0x42;
  var w = s.subarray(2);
  w[0] = 0x43;
  return [
    t(function () { return s.slice(1, 3); }), t(function () { return s.subarray(-2); }), t(function () { return s.slice(); }), t(function () { return s.slice(4, 2); }),
    t(function () { return s.slice('1', '3'); }), t(function () { return s.slice(1.9); }), t(function () { return s.slice(NaN, NaN); }), t(function () { return s.slice(-100, 100); }),
    t(function () { return s.slice(2, -1); }), t(function () { return s.subarray(undefined, 2); }), t(function () { return s.subarray(null, 2); }), t(function () { return s.slice(-0); }),
    t(function () { return s.slice({ valueOf: function () { return 3; } }); }), t(function () { return s.slice(6); }), t(function () { return s.slice(Infinity); }),
    t(function () { return s.slice(-Infinity, 2); }),
    s.toString(), v.buffer === s.buffer, w.byteOffset - s.byteOffset, Buffer.isBuffer(v), Buffer.isBuffer(w), Buffer.isBuffer(v.slice(0)), Buffer.isBuffer(v.subarray(0)),
    t(function () { return v.subarray(1); }), Object.getPrototypeOf(v) === Buffer.prototype
  ];
}

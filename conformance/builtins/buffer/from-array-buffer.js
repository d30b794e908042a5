// description: Buffer.from(arrayBuffer, byteOffset, length) views the buffer (writes show through both ways); offsets and lengths are checked like Node
// expect: [[4, 1, "aabb0000"], 170, true, 6, 6, [0, 6, ""], [4, 2, "bb000006"], [4, 1, "aabb0000"], [2, 0, "01aa"], [0, 2, ""], [0, 2, ""], [2, 0, "01aa"], [3, 0, "01aabb"], [2, 0, "01aa"], RangeError: "offset" is outside of buffer bounds, RangeError: "length" is outside of buffer bounds, RangeError: Start offset -1 is outside the bounds of the buffer, RangeError: "offset" is outside of buffer bounds, [0, 0, ""]]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { var b = f(); return [b.length, b.byteOffset, b.toString('hex')]; } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var ab = new ArrayBuffer(6);
  var u8 = new Uint8Array(ab);
  u8[0] = 1; u8[5] = 6;
  var view = Buffer.from(ab, 1, 4);
  view[0] = 0xaa;
  u8[2] = 0xbb;
  var whole = Buffer.from(ab);
  return [
    t(function () { return view; }), u8[1], view.buffer === ab, whole.length, whole[5], t(function () { return Buffer.from(ab, 6); }),
    t(function () { return Buffer.from(ab, '2'); }), t(function () { return Buffer.from(ab, 1.5); }), t(function () { return Buffer.from(ab, NaN, 2); }),
    t(function () { return Buffer.from(ab, 2, -3); }), t(function () { return Buffer.from(ab, 2, NaN); }), t(function () { return Buffer.from(ab, 0, 2.5); }),
    t(function () { return Buffer.from(ab, 'x', '3'); }), t(function () { return Buffer.from(ab, undefined, 2); }),
    t(function () { return Buffer.from(ab, 7); }), t(function () { return Buffer.from(ab, 2, 5); }), t(function () { return Buffer.from(ab, -1); }),
    t(function () { return Buffer.from(ab, Infinity); }), t(function () { return Buffer.from(new ArrayBuffer(0)); })
  ];
}

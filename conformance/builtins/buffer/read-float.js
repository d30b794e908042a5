// description: readFloatLE/BE and readDoubleLE/BE decode IEEE 754 values (NaN, infinities, -0, subnormals); offsets checked like Node
// expect: [1, NaN, -Infinity, 1.401298464324817e-45, 4.600602988224807e-41, -5.7856362579534463e-39, 5.831554006032442e-39, 3.141592653589793, -0, 3.207375630676366e-192, 6.3e-322, 1.7840280367597713e-307, 3.141592653589793, 0.3333333432674408, 5e-324, Infinity, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 12. Received 13, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 8. Received 9, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 8. Received -1, TypeError: The "offset" argument must be of type number. Received type string ('0'), RangeError: Attempt to access memory outside buffer bounds, RangeError: The value of "offset" is out of range. It must be an integer. Received 0.5]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var f = Buffer.from([0x00, 0x00, 0x80, 0x3f, 0x00, 0x00, 0xc0, 0x7f, 0x00, 0x00, 0x80, 0xff, 0x01, 0x00, 0x00, 0x00]);
  var d = Buffer.from([0x18, 0x2d, 0x44, 0x54, 0xfb, 0x21, 0x09, 0x40, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x80]);
  return [
    f.readFloatLE(), f.readFloatLE(4), f.readFloatLE(8), f.readFloatLE(12), f.readFloatBE(), f.readFloatBE(2), f.readFloatLE(1),
    d.readDoubleLE(), d.readDoubleLE(8), d.readDoubleBE(), d.readDoubleBE(8), d.readDoubleLE(1),
    Buffer.from([0x40, 0x09, 0x21, 0xfb, 0x54, 0x44, 0x2d, 0x18]).readDoubleBE(0), Buffer.from([0x3e, 0xaa, 0xaa, 0xab]).readFloatBE(0),
    Buffer.from([1, 0, 0, 0, 0, 0, 0, 0]).readDoubleLE(0), Buffer.from([0, 0, 0, 0, 0, 0, 0xf0, 0x7f]).readDoubleLE(),
    t(function () { return f.readFloatLE(13); }), t(function () { return d.readDoubleBE(9); }), t(function () { return d.readDoubleLE(-1); }),
    t(function () { return f.readFloatBE('0'); }), t(function () { return Buffer.alloc(7).readDoubleLE(0); }), t(function () { return f.readFloatLE(0.5); })
  ];
}

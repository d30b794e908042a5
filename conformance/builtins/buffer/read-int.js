// description: readInt8/readUInt8 and the 16 and 32-bit reads in both byte orders: values, the default offset, and Node's offset checks
// expect: [1, -126, -1, 130, 18, 1, -32255, 386, 65410, 33535, 32767, 32640, 65042, 2147451393, 25362303, 2155872130, 2197782400, 318636160, -2147418606, 2147548690, 1, 2147451393, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 7. Received 8, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 7. Received -1, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 6. Received 7, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 4. Received 5, RangeError: The value of "offset" is out of range. It must be an integer. Received 1.5, RangeError: The value of "offset" is out of range. It must be an integer. Received NaN, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 7. Received Infinity, TypeError: The "offset" argument must be of type number. Received type string ('1'), TypeError: The "offset" argument must be of type number. Received null, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 4. Received 4_294_967_297, RangeError: Attempt to access memory outside buffer bounds, RangeError: Attempt to access memory outside buffer bounds, RangeError: Attempt to access memory outside buffer bounds, TypeError: The "offset" argument must be of type number. Received an instance of Object, 65407, 9]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var b = Buffer.from([0x01, 0x82, 0xff, 0x7f, 0x80, 0x00, 0xfe, 0x12]);
  return [
    b.readInt8(), b.readInt8(1), b.readInt8(2), b.readUInt8(1), b.readUInt8(7), b.readInt8(-0),
    b.readInt16LE(), b.readInt16BE(), b.readUInt16LE(1), b.readUInt16BE(1), b.readInt16LE(2), b.readInt16BE(3), b.readUInt16BE(6),
    b.readInt32LE(), b.readInt32BE(), b.readUInt32LE(1), b.readUInt32BE(1), b.readInt32LE(4), b.readInt32BE(4), b.readUInt32BE(4),
    b.readUInt8(undefined), b.readUInt32LE(undefined),
    t(function () { return b.readUInt8(8); }), t(function () { return b.readUInt8(-1); }), t(function () { return b.readUInt16LE(7); }),
    t(function () { return b.readInt32BE(5); }), t(function () { return b.readUInt8(1.5); }), t(function () { return b.readUInt8(NaN); }),
    t(function () { return b.readUInt8(Infinity); }), t(function () { return b.readUInt8('1'); }), t(function () { return b.readUInt8(null); }),
    t(function () { return b.readInt32LE(4294967297); }), t(function () { return Buffer.alloc(1).readUInt16LE(0); }),
    t(function () { return Buffer.alloc(0).readUInt8(0); }), t(function () { return Buffer.alloc(3).readInt32BE(); }),
    t(function () { return b.readInt16BE({}); }),
    b.subarray(2).readUInt16BE(0), Buffer.prototype.readUInt8.call(new Uint8Array([9]), 0)
  ];
}

// description: writeFloatLE/BE and writeDoubleLE/BE: IEEE 754 bytes (float32 rounding, NaN, -0, overflow to Infinity), no range check on the value, offsets checked like Node
// expect: [[4, "0000803feeeeeeeeee"], [5, "ee3f800000eeeeeeee"], [4, "cdcc8c3feeeeeeeeee"], [4, "80000000eeeeeeeeee"], [4, "0000c07feeeeeeeeee"], [4, "7f800000eeeeeeeeee"], [4, "0000807feeeeeeeeee"], [4, "00000000eeeeeeeeee"], [4, "4b800000eeeeeeeeee"], [4, "00000040eeeeeeeeee"], [4, "0000c07feeeeeeeeee"], [8, "182d4454fb210940ee"], [9, "ee400921fb54442d18"], [8, "0000000000000080ee"], [8, "0000000000000001ee"], [8, "000000000000f87fee"], [8, "fff0000000000000ee"], RangeError: The value of "offset" is out of range. It must be >= 0 and <= 5. Received 6, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 1. Received 2, RangeError: The value of "offset" is out of range. It must be >= 0 and <= 1. Received -1, TypeError: The "offset" argument must be of type number. Received type string ('0'), RangeError: The value of "offset" is out of range. It must be an integer. Received 0.5, RangeError: Attempt to access memory outside buffer bounds]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function w(method, value, offset) {
  return t(function () { var b = Buffer.alloc(9, 0xee); var r = b[method](value, offset); return [r, b.toString('hex')]; });
}
function test() {
  Buffer.isBuffer; // absent in 1.0
  return [
    w('writeFloatLE', 1), w('writeFloatBE', 1, 1), w('writeFloatLE', 1.1), w('writeFloatBE', -0), w('writeFloatLE', NaN), w('writeFloatBE', Infinity), w('writeFloatLE', 3.5e38),
    w('writeFloatLE', 1e-46), w('writeFloatBE', 16777217), w('writeFloatLE', '2'), w('writeFloatLE', {}),
    w('writeDoubleLE', 3.141592653589793), w('writeDoubleBE', 3.141592653589793, 1), w('writeDoubleLE', -0), w('writeDoubleBE', 5e-324), w('writeDoubleLE', NaN), w('writeDoubleBE', -Infinity),
    w('writeFloatLE', 1, 6), w('writeDoubleBE', 1, 2), w('writeDoubleLE', 1, -1), w('writeFloatBE', 1, '0'), w('writeDoubleLE', 1, 0.5),
    t(function () { return Buffer.alloc(3).writeFloatLE(1); })
  ];
}

// description: Buffer has the statics and prototype members CloudFront lists; Node's unlisted ones (allocUnsafeSlow, copyBytesFrom, BigInt accessors, lower-case aliases, inspect, parent...) are absent
// node: skip CloudFront's Buffer (njs) lists a subset of Node's members (spec section 4.3)
// expect: [[true, true, true, true, true, true, true, true, true], [false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true], [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true], [false, false, false, false, false, false, false, false]]
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
function has(o, names) { var r = []; for (var i = 0; i < names.length; i++) r[i] = names[i] in o; return r; }
function test() {
  var P = Buffer.prototype;
  return [
    has(Buffer, ['alloc', 'allocUnsafe', 'byteLength', 'compare', 'concat', 'from', 'isBuffer', 'isEncoding', 'of']),
    has(Buffer, ['allocUnsafeSlow', 'copyBytesFrom', 'poolSize']),
    has(P, ['compare', 'copy', 'equals', 'fill', 'includes', 'indexOf', 'lastIndexOf', 'subarray', 'slice', 'swap16', 'swap32', 'swap64', 'toJSON', 'toString', 'write', 'length']),
    has(P, ['readInt8', 'readUInt8', 'readInt16LE', 'readInt16BE', 'readUInt16LE', 'readUInt16BE', 'readInt32LE', 'readInt32BE', 'readUInt32LE', 'readUInt32BE',
      'readIntLE', 'readIntBE', 'readUIntLE', 'readUIntBE', 'readFloatLE', 'readFloatBE', 'readDoubleLE', 'readDoubleBE']),
    has(P, ['writeInt8', 'writeUInt8', 'writeInt16LE', 'writeInt16BE', 'writeUInt16LE', 'writeUInt16BE', 'writeInt32LE', 'writeInt32BE', 'writeUInt32LE', 'writeUInt32BE',
      'writeIntLE', 'writeIntBE', 'writeUIntLE', 'writeUIntBE', 'writeFloatLE', 'writeFloatBE', 'writeDoubleLE', 'writeDoubleBE']),
    has(P, ['readBigInt64LE', 'writeBigUInt64BE', 'readUint8', 'writeUint32LE', 'inspect', 'parent', 'offset', 'asciiSlice'])
  ];
}

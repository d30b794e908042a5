// description: Buffer is a function inheriting from Uint8Array; Buffer.prototype inherits from Uint8Array.prototype; buffers are Uint8Arrays; Buffer(...) works with and without new
// expect: ["function", "Buffer", 3, "Uint8Array", true, true, true, "[object Uint8Array]", 2, 2, 1, 97, undefined, true, false, false, false, true, true, true, true, true, true, false, false, false, false, false, 3, 1, 2, 2, 2, 3, 1, 1, 5, 4, 1, 4, 3, 3, 3, 2, 2, 0, 0, 3, 4, 0, 2, 0, 1, 3, 1, "hi", "hi", 3, 2, 2, true, TypeError: The "string" argument must be of type string. Received type number (2), 300, 44, 1, undefined]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function names(o) { var r = []; var k = Object.getOwnPropertyNames(o); for (var i = 0; i < k.length; i++) { r[i] = k[i]; } return r; }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var b = Buffer.from('ab');
  var u8 = Object.getPrototypeOf(Buffer);
  return [
    typeof Buffer, Buffer.name, Buffer.length, u8.name, Object.getPrototypeOf(Buffer.prototype) === u8.prototype, Buffer.prototype.constructor === Buffer,
    Object.getPrototypeOf(b) === Buffer.prototype, Object.prototype.toString.call(b), b.length, b.byteLength, b.BYTES_PER_ELEMENT, b[0], b[2],
    Buffer.isBuffer(b), Buffer.isBuffer(new u8(2)), Buffer.isBuffer('ab'), Buffer.isBuffer(), Buffer.isBuffer(Object.create(Buffer.prototype)),
    Buffer.isEncoding('utf8'), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('Hex'), Buffer.isEncoding('base64'), Buffer.isEncoding('BASE64URL'), Buffer.isEncoding(''),
    Buffer.isEncoding('utf 8'), Buffer.isEncoding(null), Buffer.isEncoding(), Buffer.isEncoding({ toString: function () { return 'hex'; } }),
    Buffer.alloc.length, Buffer.allocUnsafe.length, Buffer.byteLength.length, Buffer.compare.length, Buffer.concat.length, Buffer.from.length, Buffer.isBuffer.length, Buffer.isEncoding.length,
    b.compare.length, b.copy.length, b.equals.length, b.fill.length, b.includes.length, b.indexOf.length, b.lastIndexOf.length, b.slice.length, b.subarray.length,
    b.swap16.length, b.toJSON.length, b.toString.length, b.write.length, b.readUInt8.length, b.readUIntBE.length, b.readDoubleLE.length, b.writeUInt8.length, b.writeIntLE.length, b.writeFloatBE.length,
    Buffer('hi').toString(), new Buffer('aGk=', 'base64').toString(), Buffer(3).length, new Buffer([1, 2])[1], Buffer(new ArrayBuffer(4), 1, 2).length, Buffer.isBuffer(Buffer(1)),
    t(function () { return Buffer(2, 'utf8'); }), b[0] = 300, b[0], b[5] = 1, b[5]
  ];
}

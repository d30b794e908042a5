// description: Buffer.allocUnsafe(size) validates like alloc and gives a Buffer of that length
// expect: [5, true, "0707070707", 0, 1, RangeError: The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1, TypeError: The "size" argument must be of type number. Received type string ('1'), TypeError: The "size" argument must be of type number. Received undefined, RangeError: The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -0.5]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var b = Buffer.allocUnsafe(5);
  b.fill(7);
  return [b.length, Buffer.isBuffer(b), b.toString('hex'), Buffer.allocUnsafe(0).length, Buffer.allocUnsafe(1.5).length,
    t(function () { return Buffer.allocUnsafe(-1); }), t(function () { return Buffer.allocUnsafe('1'); }),
    t(function () { return Buffer.allocUnsafe(); }), t(function () { return Buffer.allocUnsafe(-0.5); })];
}

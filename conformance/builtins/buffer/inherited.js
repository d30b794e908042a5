// description: a Buffer has the Uint8Array methods; those that build a new array (map, filter, Uint8Array's slice and subarray) build Buffers; Buffer.of and the other statics are inherited
// expect: [true, "2c64c8", true, "0302", true, "0102", true, 9, true, "01022c", true, 2, "3-9-2", "020309", "090302", true, 14, 3, 3, true, false]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var b = Buffer.from([3, 1, 2]);
  var u8 = Object.getPrototypeOf(Buffer.prototype);
  var m = b.map(function (v) { return v * 100; });
  var f = b.filter(function (v) { return v > 1; });
  var s = u8.slice.call(b, 1);
  var sub = u8.subarray.call(b, 1);
  sub[0] = 9;
  var o = Buffer.of(1, 2, 300);
  return [
    Buffer.isBuffer(m), m.toString('hex'), Buffer.isBuffer(f), f.toString('hex'), Buffer.isBuffer(s), s.toString('hex'), Buffer.isBuffer(sub), b[1],
    Buffer.isBuffer(o), o.toString('hex'), b.includes(9), b.indexOf(2), b.join('-'), b.sort().toString('hex'), b.reverse().toString('hex'),
    b.every(function (v) { return v > 0; }), b.reduce(function (a, v) { return a + v; }), b.length, b.byteLength,
    Buffer.isBuffer(Buffer.from(b).subarray(0, 1)), Buffer.isBuffer(new Uint8Array(b))
  ];
}

// description: Buffer.compare and buf.compare order bytes like memcmp, shorter first on a tie, over optional ranges checked like Node
// expect: [-1, 1, 0, -1, 1, 0, 0, -1, 1, -1, 1, 0, 0, -1, 0, 0, 1, -1, 0, 1, -1, -1, -1, TypeError: The "buf1" argument must be an instance of Buffer or Uint8Array. Received type number (1), TypeError: The "buf2" argument must be an instance of Buffer or Uint8Array. Received an instance of Object, TypeError: The "buf2" argument must be an instance of Buffer or Uint8Array. Received an instance of Array, TypeError: The "buf2" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array, TypeError: The "buf2" argument must be an instance of Buffer or Uint8Array. Received type string ('x'), TypeError: The "target" argument must be an instance of Buffer or Uint8Array. Received type string ('abcd'), RangeError: The value of "targetStart" is out of range. It must be >= 0 && <= 4294967296. Received -1, RangeError: The value of "targetEnd" is out of range. It must be >= 0 && <= 4. Received 5, TypeError: The "targetStart" argument must be of type number. Received type string ('0'), RangeError: The value of "sourceEnd" is out of range. It must be >= 0 && <= 4. Received 9, RangeError: The value of "targetStart" is out of range. It must be an integer. Received 1.5, RangeError: The value of "sourceStart" is out of range. It must be >= 0 && <= 4294967296. Received -1, RangeError: The value of "targetStart" is out of range. It must be >= 0 && <= 4294967296. Received 4_294_967_297]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var a = Buffer.from('abcd'), b = Buffer.from('abce');
  return [
    Buffer.compare(a, b), Buffer.compare(b, a), Buffer.compare(a, Buffer.from('abcd')), Buffer.compare(Buffer.from('ab'), a), Buffer.compare(a, Buffer.from('ab')),
    Buffer.compare(Buffer.alloc(0), Buffer.alloc(0)), Buffer.compare(a, a), Buffer.compare(new Uint8Array([1]), new Uint8Array([2])), Buffer.compare(Buffer.from([255]), Buffer.from([1, 1])),
    a.compare(b), b.compare(a), a.compare(a), a.compare(b, 0, 3, 0, 3), a.compare(b, 3), a.compare(b, 1, 2, 1, 2), a.compare(Buffer.from('bc'), 0, 2, 1, 3),
    a.compare(b, 2, 2), a.compare(b, 0, 4, 2, 2), a.compare(b, 3, 3, 2, 2), a.compare(b, 5), a.compare(b, undefined, undefined, 4),
    a.compare(b, 0, undefined), a.compare(new Uint8Array([97, 98, 99, 100, 0])),
    t(function () { return Buffer.compare(1, a); }), t(function () { return Buffer.compare(a, {}); }), t(function () { return Buffer.compare(a, [1]); }),
    t(function () { return Buffer.compare(a, new Uint16Array(1)); }), t(function () { return Buffer.compare(a, 'x'); }),
    t(function () { return a.compare('abcd'); }), t(function () { return a.compare(b, -1); }), t(function () { return a.compare(b, 0, 5); }),
    t(function () { return a.compare(b, '0'); }), t(function () { return a.compare(b, 0, 4, 0, 9); }), t(function () { return a.compare(b, 1.5); }),
    t(function () { return a.compare(b, 0, 4, -1); }), t(function () { return a.compare(b, 4294967297); })
  ];
}

// description: Buffer.byteLength of strings per encoding (UTF-8 by default and for unknown names) and of binary values
// expect: [3, 2, 3, 4, 3, 7, 0, 3, 2, 3, 2, 1, 3, 2, 1, 0, 0, 4, 4, 3, 2, 2, 5, 6, 7, 8, TypeError: The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (5), TypeError: The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received undefined, TypeError: The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received an instance of Object, TypeError: The "string" argument must be of type string or an instance of Buffer or ArrayBuffer. Received an instance of Array]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  return [
    Buffer.byteLength('abc'), Buffer.byteLength('\u00e9'), Buffer.byteLength('\u20ac'), Buffer.byteLength('\ud83d\ude00'), Buffer.byteLength('\ud800'), Buffer.byteLength('\ud800x\udc00'), Buffer.byteLength(''),
    Buffer.byteLength('abc', 'utf8'), Buffer.byteLength('\u00e9', 'UTF-8'), Buffer.byteLength('abcdef', 'hex'), Buffer.byteLength('abcde', 'hex'), Buffer.byteLength('zz', 'hex'),
    Buffer.byteLength('YWJj', 'base64'), Buffer.byteLength('YWI=', 'base64'), Buffer.byteLength('YQ==', 'base64'), Buffer.byteLength('Y', 'base64'), Buffer.byteLength('=', 'base64'), Buffer.byteLength('YWJjZA', 'base64url'),
    Buffer.byteLength('\u00e9\u00e9', 'bogus'), Buffer.byteLength('abc', 0), Buffer.byteLength('ab', null), Buffer.byteLength('abcd', { toString: function () { return 'hex'; } }),
    Buffer.byteLength(Buffer.from('hello')), Buffer.byteLength(new Uint16Array(3)), Buffer.byteLength(new ArrayBuffer(7)), Buffer.byteLength(new Float64Array(2).subarray(1)),
    t(function () { return Buffer.byteLength(5); }), t(function () { return Buffer.byteLength(); }),
    t(function () { return Buffer.byteLength({}); }), t(function () { return Buffer.byteLength([1, 2]); })
  ];
}

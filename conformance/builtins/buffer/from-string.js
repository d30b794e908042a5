// description: Buffer.from(string, encoding) in utf8, hex, base64 and base64url, with Node's leniency for malformed input and case-insensitive names
// expect: ["616263", "68c3a96c6c6f", "e282acf09f9880", "efbfbd", "78efbfbd79", "efbfbd", "", "616263", "616263", "616263", "616263", "616263", "0aff", "0a", "ab", "", "", "ab", "abcd", "616263", "6162", "61", "61626364", "616263", "616263", "61", "fbffbf", "fbffbf", "", "", "616263", "", "616263", TypeError: Unknown encoding: bogus, TypeError: Unknown encoding: latin2, "616263", TypeError: Unknown encoding: bogus]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f().toString('hex'); } catch (e) { return e; } }
function h(s, e) { return t(function () { return Buffer.from(s, e); }); }
function test() {
  Buffer.isBuffer; // absent in 1.0
  return [
    h('abc'), h('h\u00e9llo'), h('\u20ac\ud83d\ude00'), h('\ud800'), h('x\udc00y'), h('\ud83d'), h(''), h('abc', 'utf8'), h('abc', 'UTF-8'), h('abc', ''), h('abc', 5), h('abc', null),
    h('0aFf', 'hex'), h('0aF', 'hex'), h('abz1', 'hex'), h('zz', 'hex'), h(' ab', 'hex'), h('\u0161\u0162', 'hex'), h('ABCD', 'Hex'),
    h('YWJj', 'base64'), h('YWI=', 'base64'), h('YQ==', 'base64'), h('YWJjZA', 'base64'), h('YW Jj\n', 'base64'), h('YW*Jj', 'base64'), h('YQ==YQ==', 'base64'),
    h('-_-_', 'base64'), h('+/+/', 'base64url'), h('Y', 'base64'), h('=YWJj', 'base64'), h('\u0159\u0157\u014a\u016a', 'base64'), h('\ud83dYWJj', 'base64'), h('YWJj', 'BASE64URL'),
    h('abc', 'bogus'), h('abc', 'latin2'), h('abc', {}), h('', 'bogus')
  ];
}

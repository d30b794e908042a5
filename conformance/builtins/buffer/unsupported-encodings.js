// description: the encodings Node has but CloudFront does not list (latin1, binary, ascii, ucs2, utf16le) are unknown encodings; byteLength counts UTF-8 for them
// expect: [false, false, false, false, false, false, TypeError: Unknown encoding: latin1, TypeError: Unknown encoding: ascii, TypeError: Unknown encoding: binary, TypeError: Unknown encoding: ucs2, TypeError: Unknown encoding: utf16le, TypeError: Unknown encoding: latin1, 2, 2]
// node: skip CloudFront's Buffer (njs) lists only utf8, hex, base64 and base64url (spec section 4.3); Node knows more encodings
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var b = Buffer.from('ab');
  return [
    Buffer.isEncoding('latin1'), Buffer.isEncoding('binary'), Buffer.isEncoding('ascii'), Buffer.isEncoding('ucs2'), Buffer.isEncoding('utf16le'), Buffer.isEncoding('utf-16le'),
    t(function () { return Buffer.from('ab', 'latin1'); }), t(function () { return b.toString('ascii'); }), t(function () { return b.write('x', 0, 1, 'binary'); }),
    t(function () { return b.fill('x', 0, 1, 'ucs2'); }), t(function () { return b.indexOf('a', 0, 'utf16le'); }), t(function () { return Buffer.alloc(2, 'a', 'latin1'); }),
    Buffer.byteLength('\u00e9', 'latin1'), Buffer.byteLength('ab', 'utf16le')
  ];
}

// description: buf.indexOf, lastIndexOf and includes find numbers (mod 256), strings in an encoding and byte sequences, with Node's byteOffset rules
// expect: [1, 4, 4, 1, -1, 4, -1, -1, 0, 3, 6, 5, 0, 4, 1, 1, -1, 3, 0, 5, 6, 2, 6, 0, 1, 1, 1, 1, 5, 3, 0, 0, -1, -1, -1, 2, 1, 1, 4, 1, 1, -1, 5, 1, 0, 1, 1, 1, 1, 0, -1, 2, 2, 0, 6, 6, 3, 0, -1, 0, 0, 0, -1, -1, -1, 1, 3, -1, 0, -1, 1, true, false, true, false, true, true, TypeError: The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Object, TypeError: The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received type boolean (true), TypeError: The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received undefined, TypeError: Unknown encoding: bogus, TypeError: Unknown encoding: 1, TypeError: The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Uint16Array, TypeError: The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received null, TypeError: The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array. Received an instance of Array]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var b = Buffer.from('abcabc');
  var e = Buffer.alloc(0);
  return [
    b.indexOf('b'), b.indexOf('b', 2), b.indexOf('b', -2), b.indexOf('b', -100), b.indexOf('b', 100), b.indexOf('bc', 4), b.indexOf('abc', 4), b.indexOf('x'),
    b.indexOf(''), b.indexOf('', 3), b.indexOf('', 10), b.indexOf('', -1), b.indexOf('', -100),
    b.lastIndexOf('b'), b.lastIndexOf('b', 3), b.lastIndexOf('b', -3), b.lastIndexOf('b', -100), b.lastIndexOf('abc', 4), b.lastIndexOf('abc', 2), b.lastIndexOf('c', 100),
    b.lastIndexOf(''), b.lastIndexOf('', 2), b.lastIndexOf('', 10), b.lastIndexOf('', -100),
    b.indexOf(98), b.indexOf(98 + 256), b.indexOf(-158), b.indexOf(98.7), b.indexOf(0x63, 3), b.lastIndexOf(97), b.lastIndexOf(97, 2), b.lastIndexOf(97, -6), b.lastIndexOf(97, -7),
    b.indexOf(99, Infinity), b.lastIndexOf(99, -Infinity), b.indexOf(99, [2]), b.indexOf('b', null), b.indexOf('b', NaN), b.lastIndexOf('b', NaN), b.indexOf('b', {}),
    b.indexOf('b', 1.5), b.indexOf('b', -1.5), b.lastIndexOf('c', 5.5), b.indexOf('b', true),
    b.indexOf('b', 'hex'), b.indexOf('62', 'hex'), b.indexOf('6263', 0, 'hex'), b.indexOf('YmM=', 'base64'), b.indexOf('YmM', 'base64url'), b.indexOf('z', 'hex'), b.indexOf('B', 0, 'UTF8'),
    b.indexOf(Buffer.from('ca')), b.indexOf(new Uint8Array([99])), b.indexOf(Buffer.alloc(0)), b.indexOf(Buffer.alloc(0), 9), b.lastIndexOf(Buffer.alloc(0)), b.lastIndexOf(Buffer.from('ab')),
    b.indexOf(Buffer.from('a'), 0, 'bogus'), b.indexOf(Buffer.from('abcabcx')),
    e.indexOf(''), e.lastIndexOf(''), e.indexOf('', 1), e.indexOf(0), e.lastIndexOf(0), e.indexOf('a'),
    Buffer.from('h\u00e9llo').indexOf('\u00e9'), Buffer.from('h\u00e9llo').indexOf('l'), Buffer.from([0xef, 0xbf, 0xbd]).indexOf('\ud800'), Buffer.from([0xed, 0xa0, 0x80]).indexOf('\ud800'), Buffer.from('a\ud800').indexOf('\ud800'), Buffer.from('a\ud800').indexOf(Buffer.from('\ud800')),
    b.includes('ca'), b.includes('x'), b.includes(97, 1), b.includes(97, 4), b.includes('', 100), b.includes(Buffer.from('bc'), -2),
    t(function () { return b.indexOf({}); }), t(function () { return b.indexOf(true); }), t(function () { return b.indexOf(); }), t(function () { return b.indexOf('a', 0, 'bogus'); }),
    t(function () { return b.indexOf('b', '1'); }), t(function () { return b.indexOf(new Uint16Array(1)); }), t(function () { return b.lastIndexOf(null); }),
    t(function () { return b.includes([1]); })
  ];
}

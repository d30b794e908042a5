// description: Buffer.alloc(size, fill, encoding): zero-filled by default; fills with numbers (mod 256), strings in an encoding, bytes, or ToUint32 of anything else; Node's size checks
// expect: ["000000", 0, 2, 0, "01010101", "01010101", "ffffffff", "01010101", "000000", "6162616261", "6161616161", "00000000", "c3a9c3a9c3", "e282ace2", "ababababab", "abcdabcdab", "61626361", "fbfbfbfb", "6162616261", "616261", "616261", "0102010201", "0908070908", "02010201", "010101", "000000", "000000", "020202", "0000", TypeError: The argument 'value' is invalid. Received 'zz', TypeError: Unknown encoding: bogus, TypeError: The "encoding" argument must be of type string. Received type number (5), TypeError: The argument 'value' is invalid. Received Uint8Array(0) [], RangeError: The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received -1, RangeError: The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received NaN, TypeError: The "size" argument must be of type number. Received type string ('4'), TypeError: The "size" argument must be of type number. Received undefined, TypeError: The "size" argument must be of type number. Received null, RangeError: The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received 4_294_967_297, RangeError: The value of "size" is out of range. It must be >= 0 && <= 4294967296. Received Infinity, TypeError: The "size" argument must be of type number. Received an instance of Object, TypeError: The "size" argument must be of type number. Received type boolean (true), TypeError: The "size" argument must be of type number. Received type string ('a very long string that g...'), TypeError: The "size" argument must be of type number. Received type string ("it's")]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function hex(b) { return b.toString('hex'); }
function test() {
  Buffer.isBuffer; // absent in 1.0
  return [
    hex(Buffer.alloc(3)), Buffer.alloc(0).length, Buffer.alloc(2.7).length, Buffer.alloc(-0).length,
    hex(Buffer.alloc(4, 1)), hex(Buffer.alloc(4, 257)), hex(Buffer.alloc(4, -1)), hex(Buffer.alloc(4, 1.9)), hex(Buffer.alloc(3, 0)),
    hex(Buffer.alloc(5, 'ab')), hex(Buffer.alloc(5, 'a')), hex(Buffer.alloc(4, '')), hex(Buffer.alloc(5, '\u00e9')), hex(Buffer.alloc(4, '\u20ac')),
    hex(Buffer.alloc(5, 'abc', 'hex')), hex(Buffer.alloc(5, 'AbCd', 'HEX')), hex(Buffer.alloc(4, 'YWJj', 'base64')), hex(Buffer.alloc(4, '-_', 'base64url')),
    hex(Buffer.alloc(5, 'ab', 'utf-8')), hex(Buffer.alloc(3, 'ab', null)), hex(Buffer.alloc(3, 'ab', undefined)),
    hex(Buffer.alloc(5, Buffer.from([1, 2]))), hex(Buffer.alloc(5, new Uint8Array([9, 8, 7]))), hex(Buffer.alloc(4, new Uint16Array([0x0102]))),
    hex(Buffer.alloc(3, true)), hex(Buffer.alloc(3, null)), hex(Buffer.alloc(3, {})), hex(Buffer.alloc(3, { valueOf: function () { return 258; } })),
    hex(Buffer.alloc(2, new ArrayBuffer(4))),
    t(function () { return Buffer.alloc(4, 'zz', 'hex'); }),
    t(function () { return Buffer.alloc(4, 'a', 'bogus'); }),
    t(function () { return Buffer.alloc(4, 'ab', 5); }),
    t(function () { return Buffer.alloc(4, new Uint8Array(0)); }),
    t(function () { return Buffer.alloc(-1); }),
    t(function () { return Buffer.alloc(NaN); }),
    t(function () { return Buffer.alloc('4'); }),
    t(function () { return Buffer.alloc(); }),
    t(function () { return Buffer.alloc(null); }),
    t(function () { return Buffer.alloc(4294967297); }),
    t(function () { return Buffer.alloc(Infinity); }),
    t(function () { return Buffer.alloc({}); }),
    t(function () { return Buffer.alloc(true); }),
    t(function () { return Buffer.alloc('a very long string that goes past the limit'); }),
    t(function () { return Buffer.alloc("it's"); })
  ];
}

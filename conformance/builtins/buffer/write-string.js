// description: buf.write(string, offset, length, encoding) writes what fits (whole UTF-8 characters only) and returns the byte count; Node's argument forms and checks
// expect: [[2, "61622e2e"], [4, "61626364"], [4, "c3a9c3a9"], [4, "61e282ac"], [2, "61622e2e"], [4, "f09f9880"], [1, "612e2e2e"], [3, "efbfbd2e"], [0, "2e2e2e2e"], [2, "2e61622e"], [1, "2e2e2e61"], [0, "2e2e2e2e"], [1, "2e612e2e"], [0, "2e2e2e2e"], [2, "abcd2e2e"], [2, "2eabcd2e"], [2, "2eabcd2e"], [1, "ab2e2e2e"], [0, "2e2e2e2e"], [4, "61626364"], [2, "61622e2e"], [2, "61622e2e"], [2, "61622e2e"], [2, "61622e2e"], [2, "61622e2e"], [2, "61622e2e"], [1, "2eab2e2e"], TypeError: argument must be a string, TypeError: argument must be a string, RangeError: The value of "offset" is out of range. It must be >= 0 && <= 4. Received 5, RangeError: The value of "length" is out of range. It must be >= 0 && <= 4. Received 9, RangeError: The value of "length" is out of range. It must be >= 0 && <= 4. Received -1, TypeError: Unknown encoding: 1, RangeError: The value of "offset" is out of range. It must be an integer. Received 1.5, TypeError: The "offset" argument must be of type number. Received null, TypeError: Unknown encoding: bogus, TypeError: Unknown encoding: 5, TypeError: Unknown encoding: 2]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function w(args) {
  return t(function () { var b = Buffer.alloc(4, '.'); var n = b.write(args[0], args[1], args[2], args[3]); return [n, b.toString('hex')]; });
}
function test() {
  Buffer.isBuffer; // absent in 1.0
  return [
    w(['ab']), w(['abcdef']), w(['\u00e9\u00e9\u00e9']), w(['a\u20ac']), w(['ab\u20ac']), w(['\ud83d\ude00']), w(['a\ud83d\ude00']), w(['\ud800']), w(['']),
    w(['ab', 1]), w(['ab', 3]), w(['ab', 4]), w(['ab', 1, 1]), w(['ab', 1, 9 - 9]), w(['abcd', 'hex']), w(['abcd', 1, 'hex']), w(['abcdef', 1, 2, 'hex']),
    w(['abc', 'hex']), w(['zz', 'hex']), w(['YWJjZA==', 'base64']), w(['YWJjZA', 0, 2, 'base64url']), w(['ab', 0, 4, 'UTF-8']), w(['ab', 0, 4, '']), w(['ab', 0, 4, null]),
    w(['ab', undefined, 1]), w(['ab', undefined, undefined, 'hex']), w(['ab', 1, undefined, 'hex']),
    w([5]), w([]), w(['ab', 5]), w(['ab', 1, 9]), w(['ab', 1, -1]), w(['ab', '1']), w(['ab', 1.5]), w(['ab', null]), w(['ab', 0, 2, 'bogus']), w(['ab', 0, 2, 5]),
    w(['ab', 0, '2'])
  ];
}

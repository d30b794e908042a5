// description: buf.copy(target, targetStart, sourceStart, sourceEnd) copies what fits and returns the count (overlaps included); buf.equals compares bytes
// expect: [[4, "abcd"], [3, ".abc"], [4, "cdef"], [2, "cd.."], [1, "...a"], [0, "...."], [0, "...."], [0, "...."], [0, "...."], [2, "bc.."], [2, ".cd."], [4, "abcd"], [0, "...."], [4, "ababcd"], 2, RangeError: The value of "targetStart" is out of range. It must be >= 0. Received -1, RangeError: The value of "sourceStart" is out of range. It must be >= 0 && <= 6. Received 7, RangeError: The value of "sourceStart" is out of range. It must be >= 0 && <= 6. Received -1, RangeError: The value of "sourceEnd" is out of range. It must be >= 0. Received -1, TypeError: The "target" argument must be an instance of Buffer or Uint8Array. Received an instance of Array, TypeError: The "target" argument must be an instance of Buffer or Uint8Array. Received undefined, true, true, false, false, true, true, TypeError: The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received type string ('abcdef'), TypeError: The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array, TypeError: The "otherBuffer" argument must be an instance of Buffer or Uint8Array. Received undefined]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var src = Buffer.from('abcdef');
  function run(args) {
    var target = Buffer.alloc(4, 0x2e);
    var n = src.copy(target, args[0], args[1], args[2]);
    return [n, target.toString()];
  }
  var self = Buffer.from('abcdef');
  var moved = self.copy(self, 2, 0, 4);
  return [
    run([]), run([1]), run([0, 2]), run([0, 2, 4]), run([3, 0]), run([4]), run([10]), run([0, 6]), run([0, 4, 2]), run([0, 1.9, 3.5]), run(['1', '2', '4']),
    run([undefined, undefined, 100]), run([0, 0, NaN]), [moved, self.toString()],
    t(function () { return src.copy(new Uint8Array(2)); }),
    t(function () { return src.copy(Buffer.alloc(2), -1); }), t(function () { return src.copy(Buffer.alloc(2), 0, 7); }),
    t(function () { return src.copy(Buffer.alloc(2), 0, -1); }), t(function () { return src.copy(Buffer.alloc(2), 0, 0, -1); }),
    t(function () { return src.copy([1, 2]); }), t(function () { return src.copy(); }),
    src.equals(Buffer.from('abcdef')), src.equals(src), src.equals(Buffer.from('abcdeg')), src.equals(Buffer.from('abc')), src.equals(new Uint8Array([97, 98, 99, 100, 101, 102])),
    Buffer.alloc(0).equals(new Uint8Array(0)),
    t(function () { return src.equals('abcdef'); }), t(function () { return src.equals(new Uint16Array(3)); }), t(function () { return src.equals(); })
  ];
}

// description: a fixed pseudo-random sequence of numeric writes and reads of every width, order and signedness (valid and out-of-range values and offsets), folded into checksums
// expect: [668357981, 663161860, 143995691]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
var seed = 4242;
function next(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var VALUES = [0, -0, 1, -1, 0.5, -1.5, 127, 128, -128, -129, 255, 256, 32767, -32768, 65535, 65536, 8388607, -8388608, 16777215, 2147483647, -2147483648,
  4294967295, 4294967296, 549755813887, -549755813888, 1099511627775, 140737488355327, -140737488355328, 281474976710655, 281474976710656, 1e20, NaN, Infinity, 3.4e38, 1e-45];
var OFFSETS = [0, 1, 2, 3, 5, 7, 8, -1, 1.5, NaN, Infinity, '1', null, undefined];
var FIXED = ['Int8', 'UInt8', 'Int16LE', 'Int16BE', 'UInt16LE', 'UInt16BE', 'Int32LE', 'Int32BE', 'UInt32LE', 'UInt32BE', 'FloatLE', 'FloatBE', 'DoubleLE', 'DoubleBE'];
var VAR = ['IntLE', 'IntBE', 'UIntLE', 'UIntBE'];
function fold(acc, v) {
  if (typeof v === 'object') { var b = Buffer.from(v.name + ':' + v.message); for (var i = 0; i < b.length; i++) acc = (acc * 31 + b[i]) % 1000000007; return acc; }
  var x = v !== v ? 7 : v === Infinity ? 11 : v === -Infinity ? 13 : v;
  return (acc * 31 + (x % 1000003) + (x < 0 ? 5 : 0) + Math.floor(Math.abs(x) / 1e7) % 1009) % 1000000007;
}
function attempt(f) { try { return f(); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var buf = Buffer.alloc(8);
  var sums = [0, 0, 0];
  for (var round = 0; round < 120; round++) {
    var name = FIXED[next(FIXED.length)], value = VALUES[next(VALUES.length)], offset = OFFSETS[next(OFFSETS.length)];
    sums[0] = fold(sums[0], attempt(function () { return buf['write' + name](value, offset); }));
    sums[0] = fold(sums[0], attempt(function () { return buf['read' + FIXED[next(FIXED.length)]](offset); }));
    var vname = VAR[next(VAR.length)], size = [1, 2, 3, 4, 5, 6, 0, 7, 2.5, '2'][next(10)];
    sums[1] = fold(sums[1], attempt(function () { return buf['write' + vname](value, offset, size); }));
    sums[1] = fold(sums[1], attempt(function () { return buf['read' + VAR[next(VAR.length)]](offset, size); }));
    for (var i = 0; i < buf.length; i++) sums[2] = fold(sums[2], buf[i]);
  }
  return sums;
}

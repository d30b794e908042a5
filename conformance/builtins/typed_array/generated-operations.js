// description: a fixed pseudo-random sequence of element writes, conversions between kinds, set, slice, subarray, copyWithin and fill over a shared buffer, then sort (2.0), folded into checksums
// expect: [470468373, 470468373, 436758942, 845106242, 369603638]
// expect cloudfront-js-1.0: [470468373, 470468373, 436758942, 845106242, 0]
var seed = 2718;
function next(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var VALUES = [0, -0, 1, -1, 0.5, 1.5, 2.5, -2.5, 127, 128, 255, 256, 32767, 32768, 65535, 65536, 2147483647, 2147483648, 4294967295, 4294967296, -2147483649,
  1e10, -1e10, 3.4e38, 1e-40, 5e-324, NaN, Infinity, -Infinity, 0.1, 16777217, 1.7976931348623157e308];
var KINDS = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
function fold(acc, v) {
  var x = v !== v ? 7 : v === Infinity ? 11 : v === -Infinity ? 13 : v === 0 ? (1 / v > 0 ? 17 : 19) : v;
  return (acc * 31 + (x % 1000003) + (x < 0 ? 5 : 0) + Math.floor(Math.abs(x) / 1e7) % 1009) % 1000000007;
}
function foldAll(acc, a) { for (var i = 0; i < a.length; i++) acc = fold(acc, a[i]); return fold(acc, a.length); }
function test() {
  var sums = [0, 0, 0, 0, 0];
  var ab = new ArrayBuffer(64);
  var bytes = new Uint8Array(ab);
  for (var round = 0; round < 80; round++) {
    var C = KINDS[next(9)], D = KINDS[next(9)];
    var size = C.BYTES_PER_ELEMENT;
    var a = new C(ab, size * next(Math.floor(64 / size / 2)), next(Math.floor(64 / size / 2)) + 1);
    a[next(a.length)] = VALUES[next(VALUES.length)];
    sums[0] = foldAll(sums[0], a);
    var b = new D(a);
    sums[1] = foldAll(sums[1], b);
    var op = next(6);
    if (op === 0) a.set(b.subarray(0, next(b.length + 1)), 0);
    else if (op === 1) a.copyWithin(next(a.length + 2) - 1, next(a.length + 2) - 1, next(a.length + 2) - 1);
    else if (op === 2) a.fill(VALUES[next(VALUES.length)], next(a.length + 2) - 1, next(a.length + 2) - 1);
    else if (op === 3) a.set([VALUES[next(VALUES.length)], VALUES[next(VALUES.length)]].slice(0, a.length));
    else if (op === 4) b = a.slice(next(a.length + 2) - 1, next(a.length + 2) - 1);
    else b = a.subarray(next(a.length + 2) - 1);
    sums[2] = foldAll(foldAll(sums[2], a), b);
    sums[3] = foldAll(sums[3], bytes);
  }
  var f = new Float64Array(ab);
  for (var k = 0; k < f.length; k++) f[k] = VALUES[next(VALUES.length)] * (next(2) ? 1 : -1);
  var keep = new Float64Array(f);
  if (keep.sort) sums[4] = foldAll(foldAll(sums[4], keep.sort()), new Int16Array(ab).sort());
  return sums;
}

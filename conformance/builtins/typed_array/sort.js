// description: sort (2.0): numeric by default with -0 before +0 and NaN last; with a comparator: stable, results through ToNumber (NaN as 0), exceptions propagate
// expect: [true, [-Infinity, -1, "-0", "+0", "+0", 1e-300, 3, Infinity, NaN, NaN], [21, 11, 12, 22, 13, 23], [1, 4, 5], true, [1, 2, 3], RangeError: cmp, [3, 1, 2], [-128, -1, 0, 5, 127], [3, 3, 100, 200], [0, 8, 9, 255], [0, 1, 2147483648, 4294967295], [-300, 2, 10, 300], [-1.5, 0.10000000149011612, 2.5, NaN], [3, 2, 1], [1, 2, 3], [1, 2, 3], [1, 2], TypeError: The comparison function must be either a function or undefined, TypeError: The comparison function must be either a function or undefined, TypeError: Method %TypedArray%.prototype.sort called on incompatible receiver [object Array], TypeError: The comparison function must be either a function or undefined]
// expect cloudfront-js-1.0: throws TypeError: a.sort is not a function
function t(f) { try { return f(); } catch (e) { return e; } }
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function test() {
  var a = new Float64Array([3, -0, NaN, 0, -Infinity, 1e-300, -1, NaN, Infinity, 0]);
  var sorted = a.sort();
  var signs = [];
  for (var i = 0; i < a.length; i++) { signs[i] = a[i] === 0 ? (1 / a[i] > 0 ? '+0' : '-0') : a[i]; }
  var pairs = new Uint16Array([0x0103, 0x0201, 0x0102, 0x0202, 0x0101, 0x0203]);
  pairs.sort(function (x, y) { return (x & 0xff) - (y & 0xff); });
  var hex = [];
  for (var j = 0; j < pairs.length; j++) { hex[j] = (pairs[j] >> 8) * 10 + (pairs[j] & 0xff); }
  var calls = 0;
  var counted = new Int32Array([5, 1, 4]).sort(function (x, y) { calls++; return { valueOf: function () { return x - y; } }; });
  var mutated = new Uint8Array([3, 1, 2]);
  mutated.sort(function (x, y) { mutated[0] = 100; return x - y; });
  var thrown = new Uint8Array([3, 1, 2]);
  var err = t(function () { return thrown.sort(function () { throw new RangeError('cmp'); }); });
  return [
    sorted === a, signs, hex, arr(counted), calls > 0, arr(mutated), err, arr(thrown),
    arr(new Int8Array([5, -128, 127, 0, -1]).sort()), arr(new Uint8Array([200, 3, 100, 3]).sort()), arr(new Uint8ClampedArray([9, 8, 255, 0]).sort()),
    arr(new Uint32Array([4294967295, 0, 2147483648, 1]).sort()), arr(new Int16Array([300, -300, 2, 10]).sort()),
    arr(new Float32Array([2.5, -1.5, NaN, 0.1]).sort()), arr(new Uint8Array([1, 2, 3]).sort(function (x, y) { return y - x; })),
    arr(new Uint8Array([1, 2, 3]).sort(function () { return NaN; })), arr(new Uint8Array([3, 1, 2]).sort(undefined)), arr(new Int32Array([2, 1]).sort(function (x, y) { return x > y; })),
    t(function () { return new Uint8Array(2).sort(null); }), t(function () { return new Uint8Array(2).sort({}); }), t(function () { return Uint8Array.prototype.sort.call([2, 1]); }),
    t(function () { return Uint8Array.prototype.sort.call([2, 1], 5); })
  ];
}

// description: %TypedArray%.prototype.set(source, offset) copies from an array-like (ToNumber each) or a typed array (converted, overlap-safe) at an offset checked against the length
// expect: [[undefined, [1, 2, 0, 0]], [undefined, [0, 0, 1, 2]], [undefined, [44, 255, 7, 0]], [undefined, [0, -56, 0]], [undefined, [NaN, NaN]], [undefined, [0, 0]], [undefined, [0, 0]], [undefined, [0, 1, 0]], [undefined, [0, 0, 1]], [undefined, [0, 255, 254]], [undefined, [2, 255, 0]], [undefined, [1.5, 2.5]], [1, 2, 3, 1, 3, 6, 7, 8], [1, 2, 1, 2, 3], [0, 1, -1, -1294967296], [0, 1, 2], ["offset", "get 0", "get 1"], RangeError: offset is out of bounds, RangeError: offset is out of bounds, RangeError: offset is out of bounds, RangeError: offset is out of bounds, RangeError: offset is out of bounds, TypeError: Cannot convert undefined or null to object, TypeError: Cannot convert undefined or null to object, TypeError: this is not a typed array., undefined]
function t(f) { try { return f(); } catch (e) { return e; } }
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function st(C, len, src, off) { var a = new C(len); var r = a.set(src, off); return [r, arr(a)]; }
function test() {
  var shared = new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8]);
  var wide = new Uint16Array(shared.buffer, 0, 2);
  shared.set(wide, 3);
  var overlap = new Uint8Array([1, 2, 3, 4, 5]);
  overlap.set(overlap.subarray(0, 3), 2);
  var f = new Float32Array([1.5, 2.5]);
  var i32 = new Int32Array(4);
  i32.set(new Float64Array([1.9, -1.9, 3e9]), 1);
  var log = [];
  var src = { length: 2 };
  Object.defineProperty(src, 0, { get: function () { log[log.length] = 'get 0'; return 1; } });
  Object.defineProperty(src, 1, { get: function () { log[log.length] = 'get 1'; return 2; } });
  var target = new Uint8Array(3);
  target.set(src, { valueOf: function () { log[log.length] = 'offset'; return 1; } });
  return [
    st(Uint8Array, 4, [1, 2], 0), st(Uint8Array, 4, [1, 2], 2), st(Uint8Array, 4, [300, -1, '7', null], undefined), st(Int8Array, 3, { length: 2, 0: 200 }, 1),
    st(Float64Array, 2, 'ab', 0), st(Uint8Array, 2, 5, 1), st(Uint8Array, 2, [], 2), st(Uint8Array, 3, [1], 1.9), st(Uint8Array, 3, [1], '2'),
    st(Uint8Array, 3, new Int8Array([-1, -2]), 1), st(Uint8ClampedArray, 3, new Float64Array([1.5, 300, -5])), st(Float32Array, 2, f),
    arr(shared), arr(overlap), arr(i32), arr(target), log,
    t(function () { return new Uint8Array(2).set([1, 2, 3]); }), t(function () { return new Uint8Array(2).set([1], -1); }),
    t(function () { return new Uint8Array(2).set([1], Infinity); }), t(function () { return new Uint8Array(2).set(new Uint8Array(3)); }),
    t(function () { return new Uint8Array(2).set(new Uint8Array(1), 2); }), t(function () { return new Uint8Array(2).set(null); }),
    t(function () { return new Uint8Array(2).set(); }), t(function () { return Uint8Array.prototype.set.call([], []); }),
    t(function () { return new Uint8Array(2).set([1], -0.5); })
  ];
}

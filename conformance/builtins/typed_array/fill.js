// description: %TypedArray%.prototype.fill(value, start, end) converts value once with ToNumber (before the indices), then writes it in [start, end)
// expect: [[9, 9, 9, 9, 9], [0, 44, 44, 44, 44], [0, -1, -1, 0, 0], [0, 0, 0, 255, 255], [0, 0, 1.100000023841858, 1.100000023841858, 0], [0, 0, 0, 0, 0], [0, 12, 12, 0, 0], [1, 1, 1, 1, 1], [0, 0, 0, 0, 0], [4294967295, 4294967295, 4294967295, 4294967295, 4294967295], [0, 0, 0, 0, -0], [0, 7, 7], ["value", "start"], TypeError: this is not a typed array.]
function t(f) { try { return f(); } catch (e) { return e; } }
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function fl(C, args) { var a = new C(5); var r = a.fill(args[0], args[1], args[2]); return r === a ? arr(a) : 'not this'; }
function test() {
  var log = [];
  var a = new Uint8Array(3);
  a.fill({ valueOf: function () { log[log.length] = 'value'; return 7; } }, { valueOf: function () { log[log.length] = 'start'; return 1; } });
  return [
    fl(Uint8Array, [9]), fl(Uint8Array, [300, 1]), fl(Int8Array, [-1, 1, 3]), fl(Uint8ClampedArray, [300, -2]), fl(Float32Array, [1.1, -3, -1]), fl(Float64Array, [NaN, 2, 2]),
    fl(Int32Array, ['12', 1.9, 3.1]), fl(Uint16Array, [true, NaN, Infinity]), fl(Int16Array, [undefined]), fl(Uint32Array, [-1, -Infinity]), fl(Float64Array, [-0, 4]),
    arr(a), log, t(function () { return Uint8Array.prototype.fill.call({ length: 1 }, 1); })
  ];
}

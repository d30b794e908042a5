// description: %TypedArray%.prototype.subarray(begin, end) views the same buffer from a byte offset; the species constructor gets (buffer, byteOffset, length)
// expect: [[[2, 3], 4, true], [[4, 5], 12, true], [[1, 2, 3, 4, 5], 0, true], [[], 12, true], [[1, 2, 3, 4, 5], 0, true], [[2, 3, 4, 5], 4, true], [[2], 4, true], [[1, 2, 3, 4], 0, true], [10, 99, 30, 40], [30], 4, [2, 3], [[true, 1, 2, 3]], TypeError: Method %TypedArray%.prototype.subarray called on incompatible receiver undefined]
function t(f) { try { return f(); } catch (e) { return e; } }
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function sub(args) { var a = new Int32Array([1, 2, 3, 4, 5]); var s = a.subarray(args[0], args[1]); return [arr(s), s.byteOffset, s.buffer === a.buffer]; }
function test() {
  var base = new Uint16Array([10, 20, 30, 40]);
  var view = base.subarray(1, 3);
  view[0] = 99;
  var nested = view.subarray(1);
  var calls = [];
  var a = new Uint8Array([1, 2, 3, 4]);
  a.constructor = function Spy(buffer, offset, length) { calls[calls.length] = [buffer === a.buffer, offset, length, arguments.length]; return new Uint8Array(buffer, offset, length); };
  Object.setPrototypeOf(a.constructor, Uint8Array);
  var spied = a.subarray(1, 3);
  return [
    sub([1, 3]), sub([-2]), sub([]), sub([3, 1]), sub([0, 100]), sub(['1']), sub([1.5, 2.5]), sub([-10, -1]),
    arr(base), arr(nested), nested.byteOffset, arr(spied), calls,
    t(function () { return Uint8Array.prototype.subarray.call([1, 2]); })
  ];
}

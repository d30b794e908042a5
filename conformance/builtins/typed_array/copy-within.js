// description: %TypedArray%.prototype.copyWithin(target, start, end) moves elements inside the array (overlaps handled), relative indices, returns this
// expect: [[[4, 5, 3, 4, 5], true], [[1, 1, 2, 3, 4], true], [[2, 3, 3, 4, 5], true], [[1, 2, 3, 1, 2], true], [[4, 2, 3, 4, 5], true], [[1, 2, 1, 2, 3], true], [[1, 2, 3, 4, 5], true], [[1, 2, 3, 4, 5], true], [[1, 2, 3, 4, 5], true], [[1, 2, 3, 4, 5], true], [[1, 4, 5, 4, 5], true], [[4, 5, 3, 4, 5], true], [[3, 4, 5, 4, 5], true], [[4, 5, 3, 4, 5], true], [[1, 2, 3, 4, 5], true], [[4, 5, 3, 4, 5], true], [NaN, -0, 4, 4], [1, 2, 4, 5, 5, 6], TypeError: this is not a typed array., Error: target]
function t(f) { try { return f(); } catch (e) { return e; } }
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function cw(args) { var a = new Int16Array([1, 2, 3, 4, 5]); var r = a.copyWithin(args[0], args[1], args[2]); return [arr(a), r === a]; }
function test() {
  var f64 = new Float64Array([1.5, NaN, -0, 4]);
  f64.copyWithin(0, 1);
  var shared = new Uint8Array([1, 2, 3, 4, 5, 6]);
  var view = new Uint8Array(shared.buffer, 2, 3);
  view.copyWithin(0, 1);
  return [
    cw([0, 3]), cw([1, 0]), cw([0, 1, 3]), cw([-2, 0]), cw([0, -2, -1]), cw([2, 0, 10]), cw([10, 0]), cw([0, 10]), cw([1, 3, 2]), cw([]), cw(['1', '3']),
    cw([0.9, 3.9]), cw([NaN, 2]), cw([-Infinity, 3]), cw([0, Infinity]), cw([undefined, 3, undefined]), arr(f64), arr(shared),
    t(function () { return Uint8Array.prototype.copyWithin.call([1, 2], 0, 1); }),
    t(function () { return new Uint8Array(2).copyWithin({ valueOf: function () { throw new Error('target'); } }); })
  ];
}

// description: %TypedArray%.from(source, mapfn, thisArg) and of(...items) (2.0) construct through this, from iterables or array-likes, converting each value
// expect: [[1, 2, 44], "[object Uint8Array]", [0, 10, 20], [[5, 0, "this"], ["6", 1, "this"], [undefined, 2, "this"]], [1, 2, 3], [0, 0], [255, 5], [1.5, 2.5, 0], [2, 2], [1, 0, 255, 7], [], [1, 2, 0], [2, 2], 1, 0, true, false, TypeError: 1 is not a constructor, TypeError: #<Object> is not a constructor, TypeError: 1 is not a function, TypeError: object null is not iterable (cannot read property Symbol(Symbol.iterator)), TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator)), TypeError: undefined is not a constructor, TypeError: Method %TypedArray%.from called on incompatible receiver #<Object>, TypeError: Derived TypedArray constructor created an array which was too small]
// expect cloudfront-js-1.0: throws TypeError: Uint8Array.from is not a function
function t(f) { try { return f(); } catch (e) { return e; } }
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function test() {
  var first = Uint8Array.from([1, 2, 300]);
  var log = [];
  var mapped = Int16Array.from({ length: 3, 0: 5, 1: '6' }, function (v, i) { log[log.length] = [v, i, this.k]; return i * 10; }, { k: 'this' });
  var made = [];
  function Maker(n) { made[made.length] = n; return new Float64Array(n + 1); }
  var viaMaker = Uint8Array.from.call(Maker, [1.5, 2.5]);
  return [
    arr(first), Object.prototype.toString.call(first), arr(mapped), log, arr(Float32Array.from('123')), arr(Uint8Array.from({ length: 2.5 })), arr(Uint8Array.from(new Int8Array([-1, 5]))),
    arr(viaMaker), made, arr(Uint8Array.of(1, 256, -1, '7')), arr(Float64Array.of()), arr(Int8Array.of.call(Maker, 1, 2)), made,
    Uint8Array.from.length, Uint8Array.of.length, Uint8Array.from === Object.getPrototypeOf(Uint8Array).from, Uint8Array.hasOwnProperty('from'),
    t(function () { return Uint8Array.from.call(1, []); }), t(function () { return Uint8Array.from.call({}, []); }), t(function () { return Uint8Array.from([], 1); }),
    t(function () { return Uint8Array.from(null); }), t(function () { return Uint8Array.from(); }), t(function () { return Uint8Array.of.call(undefined, 1); }),
    t(function () { return Uint8Array.from.call(function () { return {}; }, [1]); }), t(function () { return Uint8Array.of.call(function () { return new Uint8Array(0); }, 1); })
  ];
}

// description: map and filter (2.0) build new typed arrays of the same type (through the species constructor); mapped values are converted to the element type
// expect: [[2, 4, 6, 244], "[object Uint8Array]", true, [1, 3], [], [[1, 0, true, 1], [2, 1, true, 1], [3, 2, true, 1], [250, 3, true, 1]], [2.0999999046325684, 3.200000047683716], [0, 0, 0, 0], [2, 3, 4, 251], [2.5, 3, 3.5, 0], "[object Float64Array]", [5, 7, 0], [3, 2], TypeError: Derived TypedArray constructor created an array which was too small, TypeError: Derived TypedArray constructor created an array which was too small, TypeError: undefined is not a function, TypeError: null is not a function, TypeError: this is not a typed array.]
// expect cloudfront-js-1.0: throws TypeError: a.map is not a function
function t(f) { try { return f(); } catch (e) { return e; } }
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function test() {
  var a = new Uint8Array([1, 2, 3, 250]);
  var m = a.map(function (v) { return v * 2; });
  var f = a.filter(function (v, i) { return i % 2 === 0; });
  var log = [];
  a.map(function (v, i, o) { log[log.length] = [v, i, o === a, this.k]; return 0; }, { k: 1 });
  var fl = new Float32Array([1.1, 2.2]).map(function (v) { return v + 1; });
  var seen = [];
  var d = new Int16Array([5, 6, 7]);
  d.constructor = function Derived(n) { seen[seen.length] = n; return new Float64Array(n + 1); };
  Object.setPrototypeOf(d.constructor, Int16Array);
  var dm = d.map(function (v) { return v / 2; });
  var df = d.filter(function (v) { return v !== 6; });
  var small = new Uint8Array([1, 2]);
  small.constructor = function Small() { return new Uint8Array(1); };
  Object.setPrototypeOf(small.constructor, Uint8Array);
  return [
    arr(m), Object.prototype.toString.call(m), m.buffer !== a.buffer, arr(f), arr(a.filter(function () { return false; })), log, arr(fl),
    arr(a.map(function () { return 'x'; })), arr(a.map(function (v) { return { valueOf: function () { return v + 1; } }; })),
    arr(dm), Object.prototype.toString.call(dm), arr(df), seen,
    t(function () { return small.map(function (v) { return v; }); }), t(function () { return small.filter(function () { return true; }); }),
    t(function () { return a.map(); }), t(function () { return a.filter(null); }), t(function () { return Uint8Array.prototype.map.call([1], function () {}); })
  ];
}

// description: %TypedArray%.prototype.slice(start, end) copies into a new array of the same type (a new buffer), relative indices; the constructor property is honoured as the species
// expect: [[[2, 3], true, true], [[4, 5], true, true], [[1, 2, 3, 4, 5], true, true], [[], true, true], [[1, 2, 3, 4, 5], true, true], [[2], true, true], [[2, 3], true, true], [[1, 2, 3, 4, 5], true, true], [[1, 2, 3, 4, 5], true, true], [2, 3], "[object Float64Array]", [2], [5, 6], "[object Uint8Array]", [3], [NaN, -0], TypeError: Derived TypedArray constructor created an array which was too small, TypeError: The .constructor property is not an object, TypeError: Method %TypedArray%.prototype.slice called on incompatible receiver [object Array], TypeError: Method %TypedArray%.prototype.slice called on incompatible receiver #<Object>]
function t(f) { try { return f(); } catch (e) { return e; } }
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function sl(args) { var a = new Int16Array([1, 2, 3, 4, 5]); var s = a.slice(args[0], args[1]); return [arr(s), s.buffer !== a.buffer, Object.getPrototypeOf(s) === Int16Array.prototype]; }
function test() {
  var a = new Uint8Array([1, 2, 3, 4]);
  var seen = [];
  function Derived(n) { seen[seen.length] = n; return new Float64Array(n); }
  Object.setPrototypeOf(Derived, Uint8Array);
  a.constructor = Derived;
  var derived = a.slice(1, 3);
  var plain = new Uint8Array([5, 6]);
  plain.constructor = function NotTyped() { return {}; };
  var viaPlain = plain.slice();
  var short = new Uint8Array([1, 2]);
  short.constructor = function Short() { return new Uint8Array(1); };
  Object.setPrototypeOf(short.constructor, Uint8Array);
  var bad = new Uint8Array(1);
  bad.constructor = 7;
  var other = new Uint8Array([1]);
  other.constructor = function Other() { return [1]; };
  Object.setPrototypeOf(other.constructor, Uint8Array);
  var undef = new Uint8Array([3]);
  undef.constructor = undefined;
  return [
    sl([1, 3]), sl([-2]), sl([]), sl([3, 1]), sl([0, 100]), sl(['1', '2']), sl([1.9, 3.9]), sl([-Infinity, Infinity]), sl([NaN, undefined]),
    arr(derived), Object.prototype.toString.call(derived), seen, arr(viaPlain), Object.prototype.toString.call(viaPlain), arr(undef.slice()),
    arr(new Float32Array([1.5, NaN, -0]).slice(1)),
    t(function () { return short.slice(); }), t(function () { return bad.slice(); }), t(function () { return other.slice(); }),
    t(function () { return Uint8Array.prototype.slice.call({}); })
  ];
}

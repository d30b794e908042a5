// description: reverse (2.0) reverses the elements in place (bytes of each element kept together) and returns the array
// expect: [[3, 2, 1], true, [4, NaN, -0, 1.5], [5, 6, 3, 4, 1, 2], [1, 4, 3, 2, 5], [], [7], [4, 3, 2, 1], TypeError: this is not a typed array.]
// expect cloudfront-js-1.0: throws TypeError: a.reverse is not a function
function t(f) { try { return f(); } catch (e) { return e; } }
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function test() {
  var a = new Uint8Array([1, 2, 3]);
  var r = a.reverse();
  var buf = new Uint8Array([1, 2, 3, 4, 5, 6]);
  new Uint16Array(buf.buffer, 0, 3).reverse();
  var part = new Int8Array([1, 2, 3, 4, 5]);
  part.subarray(1, 4).reverse();
  return [arr(a), r === a, arr(new Float64Array([1.5, -0, NaN, 4]).reverse()), arr(buf), arr(part), arr(new Int32Array(0).reverse()), arr(new Int32Array([7]).reverse()),
    arr(new Uint32Array([1, 2, 3, 4]).reverse()), t(function () { return Uint8Array.prototype.reverse.call([1, 2]); })];
}

// description: new TA(typedArray) copies the elements into a new buffer, converting them to the new element type
// expect: [[1, 255, 44, 127, 0, 0, 0, 1], [1, -1, 44, 127, 0, 0, 0, 1], [2, 0, 255, 0, 0, 255, 0, 255], [1, -1, 300, -129, 0, 0, 0, 1], [1, 4294967295, 300, 4294967167, 0, 0, 0, 65537], [1.5, -1.5, 300, -129, NaN, Infinity, -0, 65537], [1, 2, 3], [9, 2, 3], false, [6, 7], 0, 4, [1.100000023841858, Infinity, 0], [-1, -2147483648]]
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function test() {
  var src = new Float64Array([1.5, -1.5, 300, -129, NaN, Infinity, -0, 65537]);
  var u8 = new Uint8Array(src), i8 = new Int8Array(src), c8 = new Uint8ClampedArray(src);
  var i16 = new Int16Array(src), u32 = new Uint32Array(src), f32 = new Float32Array(src);
  var same = new Uint8Array([1, 2, 3]);
  var copy = new Uint8Array(same);
  copy[0] = 9;
  var sub = new Uint16Array(new Uint8Array([5, 6, 7, 8]).subarray(1, 3));
  return [arr(u8), arr(i8), arr(c8), arr(i16), arr(u32), arr(f32), arr(same), arr(copy),
    copy.buffer === same.buffer, arr(sub), sub.byteOffset, sub.buffer.byteLength,
    arr(new Float32Array(new Float64Array([1.1, 3.4e39, 1e-50]))),
    arr(new Int32Array(new Uint32Array([4294967295, 2147483648])))];
}

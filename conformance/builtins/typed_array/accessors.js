// description: buffer, byteLength, byteOffset and length of typed arrays made on a shared buffer at various offsets
// expect: [[2, 8, 4, 16], [13, 13, 3, 16], [1, 8, 8, 16], [1, 4, 8, 16], true, true, 255, 0, -1, [0, 0, 0, 0], 0]
function shape(a) { return [a.length, a.byteLength, a.byteOffset, a.buffer.byteLength]; }
function test() {
  var ab = new ArrayBuffer(16);
  var a = new Int32Array(ab, 4, 2), b = new Uint8Array(ab, 3), c = new Float64Array(ab, 8), d = a.subarray(1);
  a[1] = -1;
  return [shape(a), shape(b), shape(c), shape(d), a.buffer === ab, d.buffer === ab, b[5], b[9], d[0], shape(new Uint16Array(0)), new Uint8Array(ab, 16).length];
}

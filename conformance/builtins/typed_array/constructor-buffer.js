// description: new TA(buffer, byteOffset, length) views the buffer without copying; offsets and lengths go through ToIndex and must be aligned and in bounds
// expect: [[0, 0, 2, 1, 255, 255], true, true, [8, 0, 8], [0, 8, 0], [5, 3, 5], [5, 3, 5], [1, 2, 1], [2, 1, 2], [1, 4, 4], [1, 0, 8], RangeError: Start offset 9 is outside the bounds of the buffer, RangeError: Start offset -1 is outside the bounds of the buffer, RangeError: Invalid typed array length: 9, RangeError: Invalid typed array length: 5, RangeError: Invalid typed array length: -1, RangeError: start offset of Uint16Array should be a multiple of 2, RangeError: start offset of Uint32Array should be a multiple of 4, RangeError: byte length of Uint16Array should be a multiple of 2, [1, 0, 2], RangeError: byte length of Float64Array should be a multiple of 8, RangeError: Invalid typed array length: 4, RangeError: Start offset 9007199254740992 is outside the bounds of the buffer, 1]
function t(f) { try { var a = f(); return [a.length, a.byteOffset, a.byteLength]; } catch (e) { return e; } }
function test() {
  var ab = new ArrayBuffer(8);
  var u8 = new Uint8Array(ab);
  var u16 = new Uint16Array(ab, 2, 2);
  u16[0] = 0x0102;
  u16[1] = 0xffff;
  var f64 = new Float64Array(ab);
  return [
    [u8[0], u8[1], u8[2], u8[3], u8[4], u8[5]], u16.buffer === ab, u8.buffer === ab,
    t(function () { return new Uint8Array(ab); }),
    t(function () { return new Uint8Array(ab, 8); }),
    t(function () { return new Uint8Array(ab, 3); }),
    t(function () { return new Uint8Array(ab, 3, 5); }),
    t(function () { return new Uint8Array(ab, '2', '1'); }),
    t(function () { return new Uint8Array(ab, 1.9, 2.9); }),
    t(function () { return new Int32Array(ab, 4, undefined); }),
    t(function () { return new Float64Array(ab, 0, 1); }),
    t(function () { return new Uint8Array(ab, 9); }),
    t(function () { return new Uint8Array(ab, -1); }),
    t(function () { return new Uint8Array(ab, 0, 9); }),
    t(function () { return new Uint8Array(ab, 4, 5); }),
    t(function () { return new Uint8Array(ab, 0, -1); }),
    t(function () { return new Uint16Array(ab, 1); }),
    t(function () { return new Uint32Array(ab, 6); }),
    t(function () { return new Uint16Array(new ArrayBuffer(3)); }),
    t(function () { return new Uint16Array(new ArrayBuffer(3), 0, 1); }),
    t(function () { return new Float64Array(new ArrayBuffer(12), 8); }),
    t(function () { return new Uint16Array(ab, 2, 4); }),
    t(function () { return new Uint8Array(ab, 9007199254740992); }),
    f64.length
  ];
}

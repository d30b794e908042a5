// description: DataView get/set for the eight element types (2.0), big-endian unless littleEndian is truthy, with ToNumber of the value and the element conversions
// expect: [[[undefined, -1, -1, [0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 255, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2, 1], [undefined, 44, 44, [0, 0, 44, 0, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 44, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2, 1], [undefined, -257, -2, [0, 0, 255, 254, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 254, 255, 0, 0, 0, 0, 0, 0, 0, 0], 2, 1], [undefined, 256, 1, [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2, 1], [undefined, -33554433, -3, [0, 0, 255, 255, 255, 253, 0, 0, 0, 0, 0, 0], [0, 0, 253, 255, 255, 255, 0, 0, 0, 0, 0, 0], 2, 1], [undefined, 16777216, 1, [0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0], [0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0], 2, 1], [undefined, -428967904, 1.100000023841858, [0, 0, 63, 140, 204, 205, 0, 0, 0, 0, 0, 0], [0, 0, 205, 204, 140, 63, 0, 0, 0, 0, 0, 0], 2, 1], [undefined, -1.5423487136676073e-180, -0.1, [0, 0, 191, 185, 153, 153, 153, 153, 153, 154, 0, 0], [0, 0, 154, 153, 153, 153, 153, 153, 185, 191, 0, 0], 2, 1]], -128, 128, -32767, 384, 32767, -2147385345, 4286513536, 1, 1.875, 1, 1, 128, 128, 32767, 32767, 16, 7, 0, 16777216, NaN, 4294967295]
// expect cloudfront-js-1.0: throws ReferenceError: DataView is not defined
function bytes(ab) { var u = new Uint8Array(ab); var r = []; for (var i = 0; i < u.length; i++) r[i] = u[i]; return r; }
function test() {
  var ab = new ArrayBuffer(12);
  var dv = new DataView(ab, 2, 8);
  var out = [];
  var setters = ['setInt8', 'setUint8', 'setInt16', 'setUint16', 'setInt32', 'setUint32', 'setFloat32', 'setFloat64'];
  var getters = ['getInt8', 'getUint8', 'getInt16', 'getUint16', 'getInt32', 'getUint32', 'getFloat32', 'getFloat64'];
  var values = [-1, 300, -2, 65537, -3, 4294967297, 1.1, -0.1];
  for (var i = 0; i < setters.length; i++) {
    var r1 = dv[setters[i]](0, values[i]);
    var be = bytes(ab);
    dv[setters[i]](0, values[i], true);
    var le = bytes(ab);
    out[i] = [r1, dv[getters[i]](0), dv[getters[i]](0, true), be, le, dv[setters[i]].length, dv[getters[i]].length];
  }
  var raw = new DataView(new Uint8Array([0x80, 0x01, 0x7f, 0xff, 0x3f, 0xf0, 0, 0, 0, 0, 0, 0]).buffer);
  return [out,
    raw.getInt8(0), raw.getUint8(0), raw.getInt16(0), raw.getInt16(0, 1), raw.getUint16(2), raw.getInt32(0), raw.getUint32(0, 'yes'), raw.getFloat64(4), raw.getFloat32(4),
    raw.getUint8('1'), raw.getUint8(1.9), raw.getUint8(), raw.getUint8(null), raw.getInt16(2, 0), raw.getInt16(2, ''),
    (dv.setUint8(1, '0x10'), dv.getUint8(1)), (dv.setUint8(1, { valueOf: function () { return 7; } }), dv.getUint8(1)), (dv.setInt16(2, NaN), dv.getInt16(2)),
    (dv.setFloat32(4, 16777217), dv.getFloat32(4)), (dv.setFloat64(0, NaN), dv.getFloat64(0)), (dv.setUint32(4, -1), dv.getUint32(4))];
}

// description: DataView get/set (2.0) throw RangeError for indices outside the view (ToIndex first, then the element size), TypeError for other receivers; value conversion before the bounds check
// expect: [RangeError: Offset is outside the bounds of the DataView, 0, RangeError: Offset is outside the bounds of the DataView, RangeError: Offset is outside the bounds of the DataView, RangeError: Offset is outside the bounds of the DataView, RangeError: Offset is outside the bounds of the DataView, 0, RangeError: Offset is outside the bounds of the DataView, RangeError: Offset is outside the bounds of the DataView, RangeError: Offset is outside the bounds of the DataView, RangeError: Offset is outside the bounds of the DataView, RangeError: Offset is outside the bounds of the DataView, RangeError: Offset is outside the bounds of the DataView, ["value 2"], TypeError: Method DataView.prototype.getUint8 called on incompatible receiver undefined, TypeError: Method DataView.prototype.setInt16 called on incompatible receiver undefined, TypeError: Method DataView.prototype.getFloat64 called on incompatible receiver undefined, RangeError: index]
// expect cloudfront-js-1.0: throws ReferenceError: DataView is not defined
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  var dv = new DataView(new ArrayBuffer(8), 2, 4);
  var log = [];
  return [
    t(function () { return dv.getUint8(4); }), t(function () { return dv.getUint8(3); }), t(function () { return dv.getInt16(3); }), t(function () { return dv.getInt32(1); }),
    t(function () { return dv.getFloat64(0); }), t(function () { return dv.getUint8(-1); }), t(function () { return dv.getUint8(-0.5); }), t(function () { return dv.getUint8(Infinity); }),
    t(function () { return dv.getUint8(9007199254740992); }), t(function () { return dv.setUint8(4, 1); }), t(function () { return dv.setFloat32(1, 1); }),
    t(function () { return dv.setUint8(-1, { valueOf: function () { log[log.length] = 'value'; return 1; } }); }),
    t(function () { return dv.setUint8(9, { valueOf: function () { log[log.length] = 'value 2'; return 1; } }); }), log,
    t(function () { return DataView.prototype.getUint8.call(new Uint8Array(4), 0); }), t(function () { return DataView.prototype.setInt16.call({}, 0, 1); }),
    t(function () { return DataView.prototype.getFloat64.call(new ArrayBuffer(8)); }),
    t(function () { return dv.getUint8({ valueOf: function () { throw new RangeError('index'); } }); })
  ];
}

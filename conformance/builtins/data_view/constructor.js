// description: new DataView(buffer, byteOffset, byteLength) (2.0): ToIndex of both, bounds checked against the buffer; buffer/byteLength/byteOffset accessors
// expect: [[0, 8, true], [3, 5, true], [3, 2, true], [8, 0, true], [2, 6, true], [1, 2, true], [0, 8, true], [0, 0, true], [0, 0, false], RangeError: Start offset 9 is outside the bounds of the buffer, RangeError: Start offset -1 is outside the bounds of the buffer, RangeError: Invalid DataView length 5, RangeError: Invalid DataView length -1, RangeError: Start offset 9007199254740992 is outside the bounds of the buffer, TypeError: First argument to DataView constructor must be an ArrayBuffer, TypeError: First argument to DataView constructor must be an ArrayBuffer, TypeError: First argument to DataView constructor must be an ArrayBuffer, TypeError: Constructor DataView requires 'new', "DataView", 1, "[object DataView]", true, true, "get byteLength", false, TypeError: Method get DataView.prototype.byte_length called on incompatible receiver undefined, TypeError: Method get DataView.prototype.buffer called on incompatible receiver undefined, TypeError: Method get DataView.prototype.byte_offset called on incompatible receiver undefined]
// expect cloudfront-js-1.0: throws ReferenceError: DataView is not defined
function t(f) { try { var d = f(); return [d.byteOffset, d.byteLength, d.buffer === ab]; } catch (e) { return e; } }
var ab = new ArrayBuffer(8);
function test() {
  var desc = Object.getOwnPropertyDescriptor(DataView.prototype, 'byteLength');
  return [
    t(function () { return new DataView(ab); }), t(function () { return new DataView(ab, 3); }), t(function () { return new DataView(ab, 3, 2); }), t(function () { return new DataView(ab, 8); }),
    t(function () { return new DataView(ab, '2', '6'); }), t(function () { return new DataView(ab, 1.9, 2.9); }), t(function () { return new DataView(ab, undefined, undefined); }),
    t(function () { return new DataView(ab, 0, 0); }), t(function () { return new DataView(new ArrayBuffer(0)); }),
    t(function () { return new DataView(ab, 9); }), t(function () { return new DataView(ab, -1); }), t(function () { return new DataView(ab, 4, 5); }),
    t(function () { return new DataView(ab, 0, -1); }), t(function () { return new DataView(ab, 9007199254740992); }),
    t(function () { return new DataView(new Uint8Array(2)); }), t(function () { return new DataView({}); }), t(function () { return new DataView(); }),
    t(function () { return DataView(ab); }),
    DataView.name, DataView.length, Object.prototype.toString.call(new DataView(ab)), Object.getPrototypeOf(new DataView(ab)) === DataView.prototype,
    ArrayBuffer.isView(new DataView(ab)), desc.get.name, desc.enumerable,
    t(function () { return desc.get.call({}); }), t(function () { return Object.getOwnPropertyDescriptor(DataView.prototype, 'buffer').get.call(new Uint8Array(1)); }),
    t(function () { return Object.getOwnPropertyDescriptor(DataView.prototype, 'byteOffset').get.call(ab); })
  ];
}

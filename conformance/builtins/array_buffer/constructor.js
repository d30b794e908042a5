// description: new ArrayBuffer(length): ToIndex of the length, zero-filled, `new` required; isView recognises typed arrays and DataViews only
// expect: [8, 0, 3, 2, 0, 0, 0, 1, 0, "[object ArrayBuffer]", true, "ArrayBuffer", 1, true, true, false, false, false, false, false, 1, RangeError: Invalid array buffer length, RangeError: Invalid array buffer length, RangeError: Invalid array buffer length, TypeError: Constructor ArrayBuffer requires 'new', RangeError: len]
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  return [
    new ArrayBuffer(8).byteLength, new ArrayBuffer().byteLength, new ArrayBuffer('3').byteLength, new ArrayBuffer(2.9).byteLength, new ArrayBuffer(-0.9).byteLength,
    new ArrayBuffer(NaN).byteLength, new ArrayBuffer(null).byteLength, new ArrayBuffer(true).byteLength, new Uint8Array(new ArrayBuffer(4))[3],
    Object.prototype.toString.call(new ArrayBuffer(1)), Object.getPrototypeOf(new ArrayBuffer(1)) === ArrayBuffer.prototype, ArrayBuffer.name, ArrayBuffer.length,
    ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView(new Float64Array(1).subarray(0)), ArrayBuffer.isView(new ArrayBuffer(1)), ArrayBuffer.isView({}),
    ArrayBuffer.isView([]), ArrayBuffer.isView(), ArrayBuffer.isView(null), ArrayBuffer.isView.length,
    t(function () { return new ArrayBuffer(-1); }), t(function () { return new ArrayBuffer(Infinity); }), t(function () { return new ArrayBuffer(9007199254740992); }),
    t(function () { return ArrayBuffer(1); }), t(function () { return new ArrayBuffer({ valueOf: function () { throw new RangeError('len'); } }); })
  ];
}

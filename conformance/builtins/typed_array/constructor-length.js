// description: new TA(length) for the nine kinds: ToIndex of the length, zero-filled elements, BYTES_PER_ELEMENT, and the RangeErrors of ToIndex
// expect: [[3, 3, 0, 3, 1, 0, 0, undefined], [3, 3, 0, 3, 1, 0, 0, undefined], [3, 3, 0, 3, 1, 0, 0, undefined], [3, 6, 0, 6, 2, 0, 0, undefined], [3, 6, 0, 6, 2, 0, 0, undefined], [3, 12, 0, 12, 4, 0, 0, undefined], [3, 12, 0, 12, 4, 0, 0, undefined], [3, 12, 0, 12, 4, 0, 0, undefined], [3, 24, 0, 24, 8, 0, 0, undefined], 0, 0, 0, 1, 4, 16, 2, 0, 0, 0, 2, RangeError: Invalid typed array length: -1, RangeError: Invalid typed array length: -1.5, RangeError: Invalid typed array length: Infinity, RangeError: Invalid typed array length: -Infinity, RangeError: Invalid typed array length: 9007199254740992, RangeError: Invalid typed array length: 1e+300, TypeError: Constructor Uint8Array requires 'new', TypeError: Constructor Float32Array requires 'new']
function t(f) { try { return f(); } catch (e) { return e; } }
function shape(a) { return [a.length, a.byteLength, a.byteOffset, a.buffer.byteLength, a.BYTES_PER_ELEMENT, a[0], a[a.length - 1], a[a.length]]; }
function test() {
  return [
    shape(new Int8Array(3)), shape(new Uint8Array(3)), shape(new Uint8ClampedArray(3)),
    shape(new Int16Array(3)), shape(new Uint16Array(3)), shape(new Int32Array(3)),
    shape(new Uint32Array(3)), shape(new Float32Array(3)), shape(new Float64Array(3)),
    new Uint8Array().length, new Uint8Array(undefined).length, new Uint8Array(null).length,
    new Uint8Array(true).length, new Uint8Array('4').length, new Uint8Array(' 0x10 ').length,
    new Uint8Array(2.9).length, new Uint8Array(-0.9).length, new Uint8Array(NaN).length, new Uint8Array('abc').length,
    new Float64Array({ valueOf: function () { return 2; } }.valueOf()).length,
    t(function () { return new Uint8Array(-1); }),
    t(function () { return new Uint8Array(-1.5); }),
    t(function () { return new Uint16Array(Infinity); }),
    t(function () { return new Uint8Array(-Infinity); }),
    t(function () { return new Uint8Array(9007199254740992); }),
    t(function () { return new Uint8Array(1e300); }),
    t(function () { return Uint8Array(2); }),
    t(function () { return Float32Array(); })
  ];
}

// description: Buffer.from(array or array-like): each element through ToNumber then modulo 256; typed arrays element by element; {type: 'Buffer', data}; copies
// expect: ["0102ff00ff01ff000710010000", "", "0005", "010003", "0102", "", "", "", RangeError: Invalid typed array length: 9007199254740991, "0102ff", "01ff2c", "ff7f", "010203", "090203", "6869", TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object, TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object, "4100", ["get 0", "valueOf"]]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f().toString('hex'); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var src = Buffer.from([1, 2, 3]);
  var copy = Buffer.from(src);
  copy[0] = 9;
  var log = [];
  var tracked = { length: 2 };
  Object.defineProperty(tracked, 0, { get: function () { log[log.length] = 'get 0'; return { valueOf: function () { log[log.length] = 'valueOf'; return 65; } }; } });
  return [
    t(function () { return Buffer.from([1, 2, 255, 256, -1, 1.9, -1.9, NaN, '7', '0x10', true, null, undefined]); }),
    t(function () { return Buffer.from([]); }), t(function () { return Buffer.from([, 5]); }),
    t(function () { return Buffer.from({ length: 3, 0: 1, 2: 3 }); }), t(function () { return Buffer.from({ length: 2.9, 0: 1, 1: 2, 2: 3 }); }),
    t(function () { return Buffer.from({ length: -1 }); }), t(function () { return Buffer.from({ length: '2', 0: 1 }); }), t(function () { return Buffer.from({ length: NaN }); }),
    t(function () { return Buffer.from({ length: Infinity }); }),
    t(function () { return Buffer.from(new Uint16Array([1, 258, 65535])); }), t(function () { return Buffer.from(new Float64Array([1.5, -1, 300])); }),
    t(function () { return Buffer.from(new Int8Array([-1, 127])); }),
    src.toString('hex'), copy.toString('hex'),
    t(function () { return Buffer.from({ type: 'Buffer', data: [104, 105] }); }),
    t(function () { return Buffer.from({ type: 'Buffer', data: { length: 1, 0: 1 } }); }),
    t(function () { return Buffer.from({ type: 'buffer', data: [1] }); }),
    t(function () { return Buffer.from(tracked); }), log
  ];
}

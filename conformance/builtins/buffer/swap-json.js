// description: swap16/swap32/swap64 reverse each group of bytes in place (RangeError when the length is not a multiple); toJSON gives {type, data}
// expect: ["62616463", "64636261", "6867666564636261", "6867666564636261706f6e6d6c6b6a69", "", true, "65646362", RangeError: Buffer size must be a multiple of 16-bits, RangeError: Buffer size must be a multiple of 32-bits, RangeError: Buffer size must be a multiple of 64-bits, {type: "Buffer", data: [1, 2, 255]}, 3, ["type", "data"], {type: "Buffer", data: []}]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { var b = f(); return b.toString('hex'); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var b = Buffer.from('abcd');
  var j = Buffer.from([1, 2, 255]).toJSON();
  return [
    t(function () { return Buffer.from('abcd').swap16(); }), t(function () { return Buffer.from('abcd').swap32(); }), t(function () { return Buffer.from('abcdefgh').swap64(); }),
    t(function () { return Buffer.from('abcdefghijklmnop').swap64(); }), t(function () { return Buffer.alloc(0).swap16(); }), b.swap16() === b,
    t(function () { return Buffer.from('abcdef').subarray(1, 5).swap32(); }),
    t(function () { return Buffer.from('abc').swap16(); }), t(function () { return Buffer.from('abcdef').swap32(); }), t(function () { return Buffer.from('abcd').swap64(); }),
    j, j.data.length, Object.keys(j), Buffer.alloc(0).toJSON()
  ];
}

// description: Buffer.from(object) uses valueOf() when it gives a string or another object, else array-likes; everything else is a TypeError
// expect: ["6869", "6869", "0708", TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object, TypeError: value.valueOf is not a function, TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (5), TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received null, TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received undefined, TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received undefined, TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object, TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received function named, TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type boolean (true), TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received [Object: null prototype] {}]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f().toString('hex'); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  return [
    t(function () { return Buffer.from({ valueOf: function () { return 'hi'; } }); }),
    t(function () { return Buffer.from({ valueOf: function () { return 'aGk='; } }, 'base64'); }),
    t(function () { return Buffer.from({ valueOf: function () { return [7, 8]; } }); }),
    t(function () { return Buffer.from({ valueOf: function () { return 5; } }); }),
    t(function () { return Buffer.from({ valueOf: 1 }); }),
    t(function () { return Buffer.from(5); }), t(function () { return Buffer.from(null); }), t(function () { return Buffer.from(undefined); }),
    t(function () { return Buffer.from(); }), t(function () { return Buffer.from({}); }), t(function () { return Buffer.from(function named() {}); }),
    t(function () { return Buffer.from(true); }),
    t(function () { return Buffer.from(Object.create(null)); })
  ];
}

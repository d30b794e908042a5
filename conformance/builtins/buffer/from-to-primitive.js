// description: Buffer.from(object) falls back to Symbol.toPrimitive('string') when valueOf and the array-like forms do not apply; symbols are refused
// expect: ["7072", "", TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received an instance of Object, "41", TypeError: The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type symbol (Symbol(s)), "true"]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { return f().toString('hex'); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var prim = {};
  prim[Symbol.toPrimitive] = function (hint) { return hint === 'string' ? 'pr' : 1; };
  var numPrim = {};
  numPrim[Symbol.toPrimitive] = function () { return 5; };
  var withLength = { length: 1, 0: 65 };
  withLength[Symbol.toPrimitive] = function () { return 'zz'; };
  return [t(function () { return Buffer.from(prim); }), t(function () { return Buffer.from(prim, 'hex'); }), t(function () { return Buffer.from(numPrim); }),
    t(function () { return Buffer.from(withLength); }), t(function () { return Buffer.from(Symbol('s')); }),
    t(function () { return Buffer.from(new Date(0)).length > 0; })];
}

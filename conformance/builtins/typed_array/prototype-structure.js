// description: the shape of %TypedArray%, its prototype and the nine constructors: inheritance, names, lengths, BYTES_PER_ELEMENT, accessors and their receiver checks, @@toStringTag
// expect: [[["Int8Array", 3, 1, 1, true, true, true, "[object Int8Array]", 2], ["Uint8Array", 3, 1, 1, true, true, true, "[object Uint8Array]", 2], ["Uint8ClampedArray", 3, 1, 1, true, true, true, "[object Uint8ClampedArray]", 2], ["Int16Array", 3, 2, 2, true, true, true, "[object Int16Array]", 2], ["Uint16Array", 3, 2, 2, true, true, true, "[object Uint16Array]", 2], ["Int32Array", 3, 4, 4, true, true, true, "[object Int32Array]", 2], ["Uint32Array", 3, 4, 4, true, true, true, "[object Uint32Array]", 2], ["Float32Array", 3, 4, 4, true, true, true, "[object Float32Array]", 2], ["Float64Array", 3, 8, 8, true, true, true, "[object Float64Array]", 2]], "TypedArray", 0, true, "object", "[object Object]", {value: 1, writable: false, enumerable: false, configurable: false}, {value: {}, writable: false, enumerable: false, configurable: false}, undefined, false, "get length", "get buffer", 2, 1, 1, 1, 2, 2, 0, true, TypeError: Abstract class TypedArray not directly constructable, TypeError: Abstract class TypedArray not directly constructable, TypeError: Method get TypedArray.prototype.length called on incompatible receiver #<Object>, TypeError: Method get %TypedArray%.prototype.buffer called on incompatible receiver [object Array], TypeError: Method get TypedArray.prototype.byteLength called on incompatible receiver 1, TypeError: Method get TypedArray.prototype.byteOffset called on incompatible receiver #<ArrayBuffer>]
function t(f) { try { return f(); } catch (e) { return e; } }
function getter(o, k) { return Object.getOwnPropertyDescriptor(o, k).get; }
function test() {
  var TA = Object.getPrototypeOf(Int8Array);
  var P = TA.prototype;
  var ctors = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
  var each = [];
  for (var i = 0; i < ctors.length; i++) {
    var C = ctors[i];
    each[i] = [C.name, C.length, C.BYTES_PER_ELEMENT, C.prototype.BYTES_PER_ELEMENT, Object.getPrototypeOf(C) === TA, Object.getPrototypeOf(C.prototype) === P,
      C.prototype.constructor === C, Object.prototype.toString.call(new C(1)), Object.getOwnPropertyNames(C.prototype).length];
  }
  return [each, TA.name, TA.length, P.constructor === TA, typeof TA.prototype, Object.prototype.toString.call(P),
    Object.getOwnPropertyDescriptor(Int8Array, 'BYTES_PER_ELEMENT'), Object.getOwnPropertyDescriptor(Int8Array, 'prototype'),
    Object.getOwnPropertyDescriptor(P, 'length').set, Object.getOwnPropertyDescriptor(P, 'length').enumerable, getter(P, 'length').name, getter(P, 'buffer').name,
    P.copyWithin.length, P.fill.length, P.join.length, P.set.length, P.slice.length, P.subarray.length, P.toString.length, P.toString === Array.prototype.toString,
    t(function () { return TA(); }), t(function () { return new TA(); }),
    t(function () { return getter(P, 'length').call({}); }), t(function () { return getter(P, 'buffer').call([]); }), t(function () { return getter(P, 'byteLength').call(1); }),
    t(function () { return getter(P, 'byteOffset').call(new ArrayBuffer(1)); })];
}

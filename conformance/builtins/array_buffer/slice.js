// description: ArrayBuffer.prototype.slice(start, end) copies bytes into a new buffer (relative indices); byteLength is an accessor checking its receiver
// expect: [[99, 3], [1, 2, 3, 4, 5], [4, 5], [1, 2, 3, 4, 5], [], [2], [1, 2, 3, 4, 5], [1, 2, 3, 4, 5], 2, 4, [2], [0, 0], 2, "get byteLength", undefined, false, true, TypeError: The .constructor property is not an object, TypeError: Derived ArrayBuffer constructor created a buffer which was too small, TypeError: ArrayBuffer subclass returned this from species constructor, TypeError: Method ArrayBuffer.prototype.slice called on incompatible receiver #<Object>, TypeError: Method ArrayBuffer.prototype.slice called on incompatible receiver [object Uint8Array], TypeError: Method get ArrayBuffer.prototype.byteLength called on incompatible receiver #<Object>, TypeError: Method get ArrayBuffer.prototype.byteLength called on incompatible receiver [object Uint8Array]]
function t(f) { try { return f(); } catch (e) { return e; } }
function bytes(ab) { var u = new Uint8Array(ab); var r = []; for (var i = 0; i < u.length; i++) r[i] = u[i]; return r; }
function test() {
  var ab = new ArrayBuffer(5);
  var u = new Uint8Array(ab);
  for (var i = 0; i < 5; i++) u[i] = i + 1;
  var copy = ab.slice(1, 3);
  new Uint8Array(copy)[0] = 99;
  var made = [];
  function Derived(n) { made[made.length] = n; return new ArrayBuffer(n + 2); }
  Object.setPrototypeOf(Derived, ArrayBuffer);
  var d = new ArrayBuffer(3);
  d.constructor = Derived;
  var dr = d.slice(1);
  var plain = new ArrayBuffer(2);
  plain.constructor = function Plain() { return 1; };
  var bad = new ArrayBuffer(2);
  bad.constructor = 'x';
  var small = new ArrayBuffer(4);
  small.constructor = function Small() { return new ArrayBuffer(1); };
  Object.setPrototypeOf(small.constructor, ArrayBuffer);
  var same = new ArrayBuffer(4);
  same.constructor = function Same() { return same; };
  Object.setPrototypeOf(same.constructor, ArrayBuffer);
  var obj = new ArrayBuffer(2);
  obj.constructor = function Obj() { return {}; };
  Object.setPrototypeOf(obj.constructor, ArrayBuffer);
  var desc = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, 'byteLength');
  return [
    bytes(copy), bytes(ab), bytes(ab.slice(-2)), bytes(ab.slice()), bytes(ab.slice(3, 1)), bytes(ab.slice('1', 2.9)), bytes(ab.slice(-100, 100)), bytes(ab.slice(NaN, undefined)),
    copy.byteLength, dr.byteLength, made, bytes(plain.slice()), ArrayBuffer.prototype.slice.length, desc.get.name, desc.set, desc.enumerable, desc.configurable,
    t(function () { return bad.slice(); }), t(function () { return small.slice(); }), t(function () { return same.slice(); }), t(function () { return obj.slice(); }),
    t(function () { return ArrayBuffer.prototype.slice.call(new Uint8Array(2)); }), t(function () { return desc.get.call({}); }), t(function () { return desc.get.call(new Uint8Array(1)); })
  ];
}

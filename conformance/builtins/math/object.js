// description: Math is an ordinary object (not callable), tagged "Math", with 35 functions and 8 constants
// expect: ["object", "[object Math]", true, "TypeError", "TypeError", 43, 0, true, false, true, true, true, false]
function test() {
  function kind(f) { try { return f(); } catch (e) { return e.name; } }
  var d = Object.getOwnPropertyDescriptor(globalThis, 'Math');
  return [typeof Math, Object.prototype.toString.call(Math), Object.getPrototypeOf(Math) === Object.prototype,
    kind(function () { return Math(); }), kind(function () { return new Math(); }), Object.getOwnPropertyNames(Math).length,
    Object.keys(Math).length, d.writable, d.enumerable, d.configurable, Object.isExtensible(Math), Math.constructor === Object,
    'toStringTag' in Math];
}

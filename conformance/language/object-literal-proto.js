// description: Annex B `__proto__: value` in an object literal sets the prototype (objects and null; other values are ignored) and defines no property
// expect: [1, true, ["x", "y"], null, true, [], ""]
function test() {
  var p = { a: 1 }
  var o = { x: 0, __proto__: p, y: 2 }
  var n = { '__proto__': null }
  var k = { __proto__: 1 }
  var f = { __proto__: function () {} }
  return [
    o.a, Object.getPrototypeOf(o) === p, Object.keys(o), Object.getPrototypeOf(n),
    Object.getPrototypeOf(k) === Object.prototype, Object.keys(k), Object.getPrototypeOf(f).name,
  ]
}

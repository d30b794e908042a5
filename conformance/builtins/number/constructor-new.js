// description: new Number makes a wrapper; Number's own properties and its prototype object
// expect: ["object", 16, 17, [Number 0], [Number 7], true, true, "number", "[object Number]", "[object Number]", 0, 1, "Number", true, true, true, false, false, false, 0, [Number 0], [Number NaN], [Number 2]]
function test() {
  var n = new Number('0x10');
  var empty = new Number();
  var Bound = Number.bind(null, 7);
  var b = new Bound();
  var d = Object.getOwnPropertyDescriptor(Number, 'prototype');
  return [
    typeof n, n.valueOf(), n + 1, empty, b, b instanceof Number, n instanceof Number, typeof Number(5),
    Object.prototype.toString.call(n), Object.prototype.toString.call(Number.prototype), Number.prototype.valueOf(),
    Number.length, Number.name, Number.prototype.constructor === Number, Object.getPrototypeOf(Number.prototype) === Object.prototype,
    Object.getPrototypeOf(n) === Number.prototype, d.writable, d.enumerable, d.configurable,
    Object.getOwnPropertyNames(n).length, new Number(-0), new Number(NaN), new Number(new Number(2))
  ];
}

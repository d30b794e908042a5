// description: the Boolean constructor (length 1, name "Boolean", non-writable prototype), its prototype's constructor link and methods (length 0, non-enumerable), and new.target: a bound Boolean constructs Boolean objects
// expect: ["function", 1, "Boolean", false, false, false, true, true, 0, 0, "toString", true, false, true, [], "object", false, true, false]
function test() {
  var d = Object.getOwnPropertyDescriptor(Boolean, 'prototype');
  var m = Object.getOwnPropertyDescriptor(Boolean.prototype, 'toString');
  var Bound = Boolean.bind(null, 0);
  var b = new Bound();
  return [
    typeof Boolean, Boolean.length, Boolean.name, d.writable, d.enumerable, d.configurable,
    Boolean.prototype.constructor === Boolean, Object.getPrototypeOf(Boolean.prototype) === Object.prototype,
    Boolean.prototype.toString.length, Boolean.prototype.valueOf.length, Boolean.prototype.toString.name,
    m.writable, m.enumerable, m.configurable, Object.keys(Boolean.prototype),
    typeof b, b.valueOf(), Object.getPrototypeOf(b) === Boolean.prototype, Bound(1)
  ];
}

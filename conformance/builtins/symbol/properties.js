// description: Symbol is a function of length 0 named "Symbol" with a non-writable prototype; for (length 1) and keyFor (length 1) are methods; the prototype's description is a configurable accessor with getter "get description", @@toPrimitive is non-writable with name "[Symbol.toPrimitive]"
// expect: ["function", 0, "Symbol", false, false, false, true, 1, "for", 1, "keyFor", true, false, true, "function", undefined, false, true, "get description", 0, false, false, true, "[Symbol.toPrimitive]", 1, "Symbol", false, false, true, 0, 0, [], []]
// expect cloudfront-js-1.0: throws ReferenceError: Symbol is not defined
function test() {
  var p = Object.getOwnPropertyDescriptor(Symbol, 'prototype');
  var d = Object.getOwnPropertyDescriptor(Symbol.prototype, 'description');
  var t = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toPrimitive);
  var tag = Object.getOwnPropertyDescriptor(Symbol.prototype, Symbol.toStringTag);
  var f = Object.getOwnPropertyDescriptor(Symbol, 'for');
  return [
    typeof Symbol, Symbol.length, Symbol.name, p.writable, p.enumerable, p.configurable, Symbol.prototype.constructor === Symbol,
    Symbol.for.length, Symbol.for.name, Symbol.keyFor.length, Symbol.keyFor.name, f.writable, f.enumerable, f.configurable,
    typeof d.get, d.set, d.enumerable, d.configurable, d.get.name, d.get.length,
    t.writable, t.enumerable, t.configurable, t.value.name, t.value.length,
    tag.value, tag.writable, tag.enumerable, tag.configurable,
    Symbol.prototype.toString.length, Symbol.prototype.valueOf.length, Object.keys(Symbol), Object.keys(Symbol.prototype)
  ];
}

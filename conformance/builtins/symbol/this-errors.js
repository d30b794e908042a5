// description: Symbol.prototype's methods and description getter throw a TypeError (worded as V8 does) for a this that is not a symbol or Symbol wrapper, including Symbol.prototype itself
// expect: ["TypeError: Symbol.prototype.toString requires that 'this' be a Symbol", "TypeError: Symbol.prototype.toString requires that 'this' be a Symbol", "TypeError: Symbol.prototype.toString requires that 'this' be a Symbol", "TypeError: Symbol.prototype.toString requires that 'this' be a Symbol", "TypeError: Symbol.prototype.toString requires that 'this' be a Symbol", "TypeError: Symbol.prototype.toString requires that 'this' be a Symbol", "TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol", "TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol", "TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol", "TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol", "TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol", "TypeError: Symbol.prototype.valueOf requires that 'this' be a Symbol", "TypeError: Symbol.prototype.description requires that 'this' be a Symbol", "TypeError: Symbol.prototype.description requires that 'this' be a Symbol", "TypeError: Symbol.prototype.description requires that 'this' be a Symbol", "TypeError: Symbol.prototype.description requires that 'this' be a Symbol", "TypeError: Symbol.prototype.description requires that 'this' be a Symbol", "TypeError: Symbol.prototype.description requires that 'this' be a Symbol", "TypeError: Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol", "TypeError: Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol", "TypeError: Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol", "TypeError: Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol", "TypeError: Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol", "TypeError: Symbol.prototype [ @@toPrimitive ] requires that 'this' be a Symbol"]
// expect cloudfront-js-1.0: throws ReferenceError: Symbol is not defined
function test() {
  var getter = Object.getOwnPropertyDescriptor(Symbol.prototype, 'description').get;
  var fns = [Symbol.prototype.toString, Symbol.prototype.valueOf, getter, Symbol.prototype[Symbol.toPrimitive]];
  var values = [1, 'x', {}, Symbol.prototype, undefined, null];
  var out = [];
  for (var i = 0; i < fns.length; i++) {
    for (var j = 0; j < values.length; j++) {
      try { out[out.length] = fns[i].call(values[j]); } catch (e) { out[out.length] = e.name + ': ' + e.message; }
    }
  }
  return out;
}

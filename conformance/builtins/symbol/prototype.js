// description: Symbol.prototype: toString gives Symbol(description), valueOf and @@toPrimitive give the symbol, the description getter; all work on symbols and Symbol wrapper objects; @@toStringTag is "Symbol"
// expect: ["Symbol(w)", true, "w", "Symbol()", undefined, "object", true, "w", "Symbol(w)", true, false, true, "[object Symbol]", "[object Symbol]", "Symbol", true, true, false, "[object Symbol]"]
// expect cloudfront-js-1.0: throws ReferenceError: Symbol is not defined
function test() {
  var s = Symbol('w');
  var o = Object(s);
  return [
    s.toString(), s.valueOf() === s, s.description, Symbol().toString(), Symbol().description,
    typeof o, o.valueOf() === s, o.description, o.toString(), o == s, o === s, o[Symbol.toPrimitive]('string') === s,
    Object.prototype.toString.call(s), Object.prototype.toString.call(o), Symbol.prototype[Symbol.toStringTag],
    Object.getPrototypeOf(o) === Symbol.prototype, o instanceof Symbol, s instanceof Symbol, Object.prototype.toString.call(Symbol.prototype)
  ];
}

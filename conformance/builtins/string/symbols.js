// description: String(symbol) gives the symbol's descriptive string; other conversions of symbols to strings throw (2.0, which has Symbol)
// expect: ["Symbol(desc)", "Symbol()", "Symbol()", "TypeError: Cannot convert a Symbol value to a string", "TypeError: Cannot convert a Symbol value to a string", "TypeError: Cannot convert a Symbol value to a string", "TypeError: Cannot convert a Symbol value to a string", "TypeError: Cannot convert a Symbol value to a string"]
// expect cloudfront-js-1.0: "no Symbol"
function test() {
  if (typeof Symbol === "undefined") return "no Symbol";
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  return [
    String(Symbol("desc")), String(Symbol()), String(Symbol("")), t(function () { return new String(Symbol("d")); }),
    t(function () { return "a".concat(Symbol()); }), t(function () { return "abc".indexOf(Symbol()); }),
    t(function () { return String.prototype.charAt.call(Symbol()); }), t(function () { return "a".padEnd(3, Symbol()); })
  ];
}

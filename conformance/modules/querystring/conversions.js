// description: conversions that rely on other built-ins: escape of a Number object and of a symbol, a symbol separator that is never used, the global encodeURIComponent and decodeURIComponent as encoder and decoder, String(symbol) as a parse separator
// expect cloudfront-js-1.0: throws ReferenceError: Symbol is not defined
// expect: ["5", TypeError: Cannot convert a Symbol value to a string, "a=1", TypeError: Cannot convert a Symbol value to a string, "a=x%20y", {a: "A b"}, {a: "1", b: "2"}, {a: "1", b: "2"}]
function test() {
  var qs = require('querystring');
  function attempt(f) { try { return f(); } catch (e) { return e; } }
  return [
    qs.escape(Object(5)),
    attempt(function () { return qs.escape(Symbol('s')); }),
    qs.stringify({ a: 1 }, Symbol('never used')),
    attempt(function () { return qs.stringify({ a: 1, b: 2 }, Symbol('used')); }),
    qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: encodeURIComponent }),
    qs.parse('a=%41+b', null, null, { decodeURIComponent: decodeURIComponent }),
    qs.parse('a=1Symbol(x)b=2', Symbol('x')),
    qs.parse('a=1,b=2', [','])
  ];
}

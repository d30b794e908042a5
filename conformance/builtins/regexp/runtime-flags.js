// description: only the flags a runtime lists are accepted: g, i, m (and y in 2.0); s, u, d and v are SyntaxErrors naming the flag
// node: skip CloudFront runtimes accept only the flags they list
// expect: ["SyntaxError: Invalid flags supplied to RegExp constructor 's': the flag `s` is not supported by cloudfront-js-2.0 (it accepts `gimy`)", "SyntaxError: Invalid flags supplied to RegExp constructor 'gu': the flag `u` is not supported by cloudfront-js-2.0 (it accepts `gimy`)", "SyntaxError: Invalid flags supplied to RegExp constructor 'd': the flag `d` is not supported by cloudfront-js-2.0 (it accepts `gimy`)", "/a/y", "SyntaxError: Invalid flags supplied to RegExp constructor 'x'"]
// expect cloudfront-js-1.0: ["SyntaxError: Invalid flags supplied to RegExp constructor 's': the flag `s` is not supported by cloudfront-js-1.0 (it accepts `gim`)", "SyntaxError: Invalid flags supplied to RegExp constructor 'gu': the flag `u` is not supported by cloudfront-js-1.0 (it accepts `gim`)", "SyntaxError: Invalid flags supplied to RegExp constructor 'd': the flag `d` is not supported by cloudfront-js-1.0 (it accepts `gim`)", "SyntaxError: Invalid flags supplied to RegExp constructor 'y': the flag `y` is not supported by cloudfront-js-1.0 (it accepts `gim`)", "SyntaxError: Invalid flags supplied to RegExp constructor 'x'"]
function test() {
  function t(f) { try { return String(f()); } catch (e) { return e.name + ": " + e.message; } }
  return [
    t(function () { return new RegExp("a", "s"); }), t(function () { return new RegExp("a", "gu"); }),
    t(function () { return RegExp("a", "d"); }), t(function () { return new RegExp("a", "y"); }),
    t(function () { return new RegExp("a", "x"); })
  ];
}

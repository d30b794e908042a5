// description: symbols do not convert to strings or numbers implicitly (TypeError), are truthy, can be property keys (not listed by Object.keys), and compare by identity
// expect: [true, true, 1, [], true, false, true, "object", "TypeError: Cannot convert a Symbol value to a string", "TypeError: Cannot convert a Symbol value to a string", "TypeError: Cannot convert a Symbol value to a number", "TypeError: Cannot convert a Symbol value to a number", "TypeError: Cannot convert a Symbol value to a number", "TypeError: Cannot convert a Symbol value to a number"]
// expect cloudfront-js-1.0: throws ReferenceError: Symbol is not defined
function test() {
  var s = Symbol('x');
  var o = {};
  o[s] = 1;
  var r = [!!s, !!Symbol(), o[s], Object.keys(o), s == s, s == 'Symbol(x)', Object(s) == s, typeof Object(s)];
  var attempts = [
    function () { return s + ''; }, function () { return '' + Object(s); }, function () { return s + 1; }, function () { return +s; },
    function () { return s * 1; }, function () { return s < 1; }
  ];
  for (var i = 0; i < attempts.length; i++) {
    try { r[r.length] = attempts[i](); } catch (e) { r[r.length] = e.name + ': ' + e.message; }
  }
  return r;
}

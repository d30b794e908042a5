// description: String.prototype methods coerce this with ToString and throw a TypeError on null and undefined; toString and valueOf require a string
// expect: ["OBJ", "345", 2, "false", "a", "TypeError: String.prototype.trim called on null or undefined", "TypeError: String.prototype.slice called on null or undefined", "TypeError: String.prototype.toLowerCase called on null or undefined", "TypeError: String.prototype.split called on null or undefined", "TypeError: String.prototype.replace called on null or undefined", "TypeError: String.prototype.match called on null or undefined", "TypeError: String.prototype.search called on null or undefined", "TypeError: String.prototype.toString requires that 'this' be a String", "TypeError: String.prototype.valueOf requires that 'this' be a String", "TypeError: String.prototype.toString requires that 'this' be a String", "w", "v", "o", 0, 0, "TypeError: String.prototype.padStart called on null or undefined", "TypeError: String.prototype.codePointAt called on null or undefined"]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  var p = String.prototype;
  var obj = { toString: function () { return "Obj"; } };
  return [
    p.toUpperCase.call(obj), p.slice.call(12345, 2), p.indexOf.call({ toString: function () { return "1,2,3"; } }, "2"), p.trim.call(false), p.charAt.call(NaN, 1),
    t(function () { return p.trim.call(null); }), t(function () { return p.slice.call(undefined); }),
    t(function () { return p.toLowerCase.call(undefined); }), t(function () { return p.split.call(null, ","); }),
    t(function () { return p.replace.call(undefined, "a", "b"); }), t(function () { return p.match.call(null, /a/); }),
    t(function () { return p.search.call(undefined, /a/); }), 
    t(function () { return p.toString.call(1); }), t(function () { return p.valueOf.call({}); }),
    t(function () { return p.toString.call(Object(1)); }), p.toString.call(new String("w")), p.valueOf.call("v"),
    p.toString.call(Object("o")), p.valueOf.length, p.toString.length,
    t(function () { return p.padStart.call(null, 3); }), t(function () { return p.codePointAt.call(undefined); })
  ];
}

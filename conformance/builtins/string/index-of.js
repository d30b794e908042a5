// description: indexOf, lastIndexOf and includes: position clamping, empty search strings, NaN positions and coercions
// expect: [2, 5, -1, 2, 4, -1, 0, 3, 6, 0, 0, -1, -1, 0, 1, 2, -1, 5, 5, 2, 2, -1, -1, 0, 2, 6, 6, 5, 5, -1, 4, -1, true, false, true, true, false, true, true, 1, 2, "TypeError: First argument to String.prototype.includes must not be a regular expression", "TypeError: String.prototype.indexOf called on null or undefined", 1, 1, 1]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  var s = "abcabc";
  return [
    s.indexOf("c"), s.indexOf("c", 3), s.indexOf("c", 6), s.indexOf("c", -5), s.indexOf("bc", 2), s.indexOf("x"),
    s.indexOf(""), s.indexOf("", 3), s.indexOf("", 10), "".indexOf(""), "".indexOf("", 1), s.indexOf("abcabcd"),
    s.indexOf(), "undefined".indexOf(), "a1b".indexOf(1), s.indexOf("c", NaN), s.indexOf("c", Infinity), s.indexOf("c", "4"),
    s.lastIndexOf("c"), s.lastIndexOf("c", 4), s.lastIndexOf("c", 2), s.lastIndexOf("c", 1), s.lastIndexOf("c", -5),
    s.lastIndexOf("a", 0), s.lastIndexOf("", 2), s.lastIndexOf(""), s.lastIndexOf("", 100), s.lastIndexOf("c", NaN),
    s.lastIndexOf("c", undefined), s.lastIndexOf("abcabcabc"), s.lastIndexOf("bc", Infinity), s.lastIndexOf("bc", -Infinity),
    s.includes("ca"), s.includes("ca", 3), s.includes(""), s.includes("", 99), s.includes("x"), s.includes("a", -1),
    "null".includes(null), "a\uD800b".indexOf("\uD800"), "a\uD83D\uDE00".indexOf("\uDE00"),
    t(function () { return s.includes(/a/); }), t(function () { return String.prototype.indexOf.call(null, "a"); }),
    s.indexOf.length, s.lastIndexOf.length, s.includes.length
  ];
}

// description: startsWith and endsWith: positions, empty strings, RegExp arguments rejected, coercion order
// expect: [true, false, true, true, true, true, false, true, false, false, true, true, true, true, false, true, true, true, false, true, false, true, true, true, 2, "search", "pos", "TypeError: First argument to String.prototype.startsWith must not be a regular expression", "TypeError: First argument to String.prototype.endsWith must not be a regular expression", "TypeError: String.prototype.endsWith called on null or undefined", 1, 1]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  var log = [];
  var search = { toString: function () { log[log.length] = "search"; return "b"; } };
  var pos = { valueOf: function () { log[log.length] = "pos"; return 1; } };
  var s = "abcde";
  return [
    s.startsWith("ab"), s.startsWith("bc"), s.startsWith("bc", 1), s.startsWith("", 5), s.startsWith("", 6),
    s.startsWith("e", 4), s.startsWith("e", 5), s.startsWith("a", -3), s.startsWith("abcdef"), s.startsWith(),
    "undefinedx".startsWith(), s.startsWith("a", NaN), s.startsWith("c", 2.7),
    s.endsWith("de"), s.endsWith("cd"), s.endsWith("cd", 4), s.endsWith("", 0), s.endsWith("a", 1),
    s.endsWith("a", 0), s.endsWith("e", 99), s.endsWith("ab", -1), s.endsWith("", -1), s.endsWith("abcde", undefined),
    s.startsWith(search, pos), log.length, log[0], log[1],
    t(function () { return s.startsWith(/a/); }), t(function () { return s.endsWith(/e/); }),
    t(function () { return String.prototype.endsWith.call(undefined, "a"); }),
    s.startsWith.length, s.endsWith.length
  ];
}

// description: padStart, padEnd and repeat: lengths, fillers, coercions and range errors
// expect: ["   abc", "abc   ", "121abc", "abc12121", "abc", "abc", "abc   ", "nulabc", "abc00", "abc", "abc", "--abc", "abc*", "aba", 4, "RangeError: Invalid string length", "ax", "", "abcabc", "abab", "xxx", "", "", "", "RangeError: Invalid count value: -1", "RangeError: Invalid count value: -1.5", "RangeError: Invalid count value: Infinity", "RangeError: Invalid count value: -Infinity", "RangeError: Invalid count value: -1", "", "RangeError: Invalid string length", "TypeError: String.prototype.repeat called on null or undefined", 1, 1, 1]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  return [
    "abc".padStart(6), "abc".padEnd(6), "abc".padStart(6, "12"), "abc".padEnd(8, "12"), "abc".padStart(2, "x"),
    "abc".padStart(6, ""), "abc".padEnd(6, undefined), "abc".padStart(6, null), "abc".padEnd(5, 0), "abc".padStart(NaN),
    "abc".padStart(-1), "abc".padStart("5", "-"), "abc".padEnd(4.9, "*"), "".padStart(3, "ab"), "x".padStart(4, "\uD83D\uDE00").length,
    t(function () { return "a".padStart(Infinity, "x"); }), t(function () { return "a".padEnd(2, { toString: function () { return "xy"; } }); }),
    "abc".repeat(0), "abc".repeat(2), "ab".repeat(2.9), "x".repeat("3"), "".repeat(100), "x".repeat(NaN), "a".repeat(null),
    t(function () { return "a".repeat(-1); }), t(function () { return "a".repeat(-1.5); }), t(function () { return "a".repeat(Infinity); }),
    t(function () { return "a".repeat(-Infinity); }), t(function () { return "".repeat(-1); }), "".repeat(1099511627776),
    t(function () { return "ab".repeat(1099511627776); }), t(function () { return String.prototype.repeat.call(null, 1); }),
    "a".padStart.length, "a".padEnd.length, "a".repeat.length
  ];
}

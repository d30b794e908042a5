// description: charAt, charCodeAt and codePointAt convert the position with ToIntegerOrInfinity and read code units (surrogates included)
// expect: ["a", "b", "", "", "b", "a", "c", "b", "", "a", "a", "b", 97, 99, NaN, NaN, 97, 55357, 56832, 1, 4, 97, 128512, 56832, 98, undefined, undefined, 55296, 56320, 55296, undefined, 233, 8364, 97, "2", 116, 122, 1, 1]
function test() {
  var s = "a\uD83D\uDE00b";
  var pos = { valueOf: function () { return 1; } };
  return [
    "abc".charAt(), "abc".charAt(1), "abc".charAt(-1), "abc".charAt(3), "abc".charAt(1.9), "abc".charAt(NaN),
    "abc".charAt("2"), "abc".charAt(pos), "abc".charAt(Infinity), "abc".charAt(-0), "abc".charAt(null), "abc".charAt(true),
    "abc".charCodeAt(), "abc".charCodeAt(2), "abc".charCodeAt(3), "abc".charCodeAt(-1), "abc".charCodeAt(-0.5),
    s.charCodeAt(1), s.charCodeAt(2), s.charAt(1).length, s.length,
    s.codePointAt(0), s.codePointAt(1), s.codePointAt(2), s.codePointAt(3), s.codePointAt(4), s.codePointAt(-1),
    "\uD800".codePointAt(0), "\uDC00\uD800".codePointAt(0), "\uD800a".codePointAt(0), "".codePointAt(0),
    "é".charCodeAt(0), "€".charCodeAt(0), "abc".codePointAt(undefined),
    String.prototype.charAt.call(123, 1), String.prototype.charCodeAt.call(true, 0),
    String.prototype.codePointAt.call({ toString: function () { return "xyz"; } }, 2),
    "abc".charAt.length, "abc".codePointAt.length
  ];
}

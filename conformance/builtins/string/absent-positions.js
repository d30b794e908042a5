// description: an absent or undefined position of includes, startsWith, endsWith and substring reads as its default, and any other is converted (valueOf called once, NaN as 0, clamped)
// expect: [true, true, false, true, true, false, true, true, true, true, true, true, true, true, true, "abc", "ab", "c", "a", 4]
function test() {
  var calls = 0;
  var two = { valueOf: function () { calls++; return 2; } };
  return [
    "abc".includes("a", undefined), "abc".includes("a"), "abc".includes("a", 1), "abc".includes("c", -5),
    "abc".includes("", 9), "abc".includes("b", two), "abc".includes("b", NaN), "abc".includes("c", "2"),
    "abc".startsWith("a", undefined), "abc".startsWith("b", 1), "abc".startsWith("a", NaN), "abc".startsWith("c", two),
    "abc".endsWith("c", undefined), "abc".endsWith("b", two), "abc".endsWith("a", 1),
    "abc".substring(undefined), "abc".substring(undefined, 2), "abc".substring(two), "abc".substring(NaN, 1),
    calls
  ];
}

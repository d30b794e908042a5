// description: split with a string separator: limits (ToUint32), empty strings, undefined separators and coercion order
// expect: [["a", "b", "c"], ["a", "b"], [], ["a", "b", "c"], ["a"], ["a,b,c"], ["a,b,c"], [], ["a", "b", "c"], ["a", "b"], [""], [], ["", ""], ["a", "", "b"], ["a", "b", "c"], ["", ""], ["abc"], ["a", "b", "c"], ["a", "b"], ["�", "�"], [], ["a", "b"], "lim", "sep", ["a", "b"], ["a", "b", "", "c"], 2]
function test() {
  var log = [];
  var sep = { toString: function () { log[log.length] = "sep"; return ","; } };
  var lim = { valueOf: function () { log[log.length] = "lim"; return 2; } };
  return [
    "a,b,c".split(","), "a,b,c".split(",", 2), "a,b,c".split(",", 0), "a,b,c".split(",", -1), "a,b,c".split(",", 4294967297),
    "a,b,c".split(), "a,b,c".split(undefined), "a,b,c".split(undefined, 0), "abc".split(""), "abc".split("", 2),
    "".split(","), "".split(""), ",".split(","), "a,,b".split(","), "aXXbXXc".split("XX"), "abc".split("abc"),
    "abc".split("abcd"), "a1b1c".split(1), "anullb".split(null), "\uD83D\uDE00".split(""), "a,b".split(",", NaN),
    "a,b,c".split(sep, lim), log[0], log[1], "a,b".split(",", undefined), "a b  c".split(" "),
    "x".split.length
  ];
}

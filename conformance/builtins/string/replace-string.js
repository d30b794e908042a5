// description: replace with a string pattern replaces the first occurrence; $ patterns in the replacement; replacer function arguments
// expect: ["aXcbd", "abcbd", "_abcbd", "_", "a$cbd", "abbcbd", "a[a]cbd", "a[cbd]cbd", "a$1cbd", "a$0cbd", "a$<x>cbd", "a$cbd", "aa$cbd", "a$$cbd", "ab[ab||cbd]", "aFcbd", 3, "b", 1, "abcbd", "aB$&cbd", "aundefinedcbd", "anullcbd", "a12cbd", "abcbd", "u", "aN", "ab!cbd", "baa", 2]
function test() {
  var args = null;
  var s = "abcbd";
  return [
    s.replace("b", "X"), s.replace("x", "X"), s.replace("", "_"), "".replace("", "_"), s.replace("b", "$$"), s.replace("b", "$&$&"),
    s.replace("b", "[$`]"), s.replace("b", "[$']"), s.replace("b", "$1"), s.replace("b", "$0"), s.replace("b", "$<x>"),
    s.replace("b", "$"), s.replace("b", "a$"), s.replace("b", "$$$"), s.replace("cbd", "[$`|$'|$&]"),
    s.replace("b", function () { args = arguments; return "F"; }), args.length, args[0], args[1], args[2],
    s.replace("b", function (m) { return m.toUpperCase() + "$&"; }), s.replace("b", undefined), s.replace("b", null),
    s.replace("b", 12), s.replace(undefined, "u"), "undefined".replace(undefined, "u"), "anull".replace(null, "N"),
    s.replace("b", { toString: function () { return "$&!"; } }), "aaa".replace("a", "b"),
    s.replace.length
  ];
}

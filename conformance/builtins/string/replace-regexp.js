// description: replace with a RegExp: global and non-global, every $ pattern, named groups, replacer arguments, empty matches and lastIndex
// expect: ["[a|1][b|2][c|]", 0, "f0o", 7, "baa", "bbb", "abc", "-a-b-c-", "-a--c-", "ab!", "> a\n> b", "smith, john", "a$|b|a|cc", "abb0$2$0c", "a|a2|a|a$a", "a$c", "a[]c", "11/2023|$<y", "$<a>b", "!", "a2b4", [["x-y", "x", "y", 0, "x-y", "x", "y", 6], 1, 3], "aundefinedc", "anullc", "aXc", 5, "[a,undefined]bc"]
function test() {
  var calls = [];
  var g = /(\w)(\d)?/g;
  g.lastIndex = 5;
  var r1 = "a1b2c".replace(g, "[$1|$2]");
  var nonGlobal = /o/;
  nonGlobal.lastIndex = 7;
  var r2 = "foo".replace(nonGlobal, "0");
  var re11 = /(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)(a)/;
  return [
    r1, g.lastIndex, r2, nonGlobal.lastIndex, "aaa".replace(/a/, "b"), "aaa".replace(/a/g, "b"), "abc".replace(/x/g, "!"),
    "abc".replace(/(?:)/g, "-"), "abc".replace(/b*/g, "-"), "ab".replace(/$/, "!"), "a\nb".replace(/^/gm, "> "),
    "john smith".replace(/(\w+)\s(\w+)/, "$2, $1"), "abc".replace(/b/, "$$|$&|$`|$'"), "abc".replace(/(b)/, "$01$10$2$0"),
    "aaaaaaaaaaaa".replace(re11, "$11|$12|$10|$1$"), "abc".replace(/(b)/, "$"), "abc".replace(/(b)(x)?/, "[$2]"),
    "2023-11".replace(/(?<y>\d+)-(?<m>\d+)/, "$<m>/$<y>$<zz>|$<y"), "ab".replace(/(a)/, "$<a>"),
    "x-y".replace(/(?<l>\w)-(?<r>\w)?/, function (m, l, r, offset, str, groups) {
      calls[calls.length] = [m, l, r, offset, str, groups.l, groups.r, arguments.length];
      return "!";
    }),
    "a1b2".replace(/\d/g, function (d, offset) { calls[calls.length] = offset; return d * 2; }), calls,
    "abc".replace(/b/, function () { return undefined; }), "abc".replace(/b/, null), "abc".replace(/B/i, "X"),
    "\uD83D\uDE00".replace(/(?:)/g, "-").length,
    "abc".replace(/(a)|(z)/g, function (m, a, z) { return "[" + a + "," + z + "]"; })
  ];
}

// description: exec returns an array with the match, captures, index, input and groups, or null; global regexps advance lastIndex, others ignore it
// expect: [[["oo", "o", 1, 3], ["oz", "z", 9, 11]], 0, ["b", index: 1, input: "abc", groups: undefined], 5, null, 0, ["a", index: 1, input: "ba", groups: undefined], 2, 2, 3, [0, 0, 0, 0], ["2023-11", "2023", "11", undefined, index: 6, input: "Date: 2023-11 ok", groups: {year: "2023", month: "11", day: undefined}], null, ["year", "month", "day"], 4, ["b", undefined, "b", index: 0, input: "b", groups: undefined], null, null, ["undefined", index: 0, input: "undefined", groups: undefined], ["null", index: 0, input: "null", groups: undefined], ["1", index: 0, input: "12", groups: undefined], 1, 3, "[object Array]", ["0", "1", "index", "input", "groups"], 1, "exec"]
function test() {
  var g = /o(\w)?/g;
  var seen = [];
  var m;
  while ((m = g.exec("foo bar boz")) !== null) {
    seen[seen.length] = [m[0], m[1], m.index, g.lastIndex];
  }
  var plain = /b/;
  plain.lastIndex = 5;
  var r1 = plain.exec("abc");
  var big = /a/g;
  big.lastIndex = 10;
  var r2 = big.exec("aaa");
  var neg = /a/g;
  neg.lastIndex = -3;
  var r3 = neg.exec("ba");
  var str = /a/g;
  str.lastIndex = "1";
  var r4 = str.exec("aba");
  var empty = /x*/g;
  var r5 = [empty.exec("ab").index, empty.lastIndex, empty.exec("ab").index, empty.lastIndex];
  var named = /(?<year>\d{4})-(?<month>\d{2})(?<day>-\d\d)?/.exec("Date: 2023-11 ok");
  return [
    seen, g.lastIndex, r1, plain.lastIndex, r2, big.lastIndex, r3, neg.lastIndex, r4 && r4.index, str.lastIndex, r5,
    named, Object.getPrototypeOf(named.groups), Object.keys(named.groups), named.length,
    /(a)|(b)/.exec("b"), /x/.exec("abc"), /a/.exec(), /undefined/.exec(), /null/.exec(null), /1/.exec(12),
    /./.exec("\uD83D\uDE00")[0].length, /\u00e9/.exec("café").index, Object.prototype.toString.call(/a/.exec("a")),
    Object.keys(/(a)/.exec("a")), /a/.exec.length, /a/.exec.name
  ];
}

// description: match and search with RegExps, strings (made into RegExps), undefined and null
// expect: [["1", "1", undefined, index: 1, input: "a1b22c333", groups: undefined], ["1", "22", "333"], null, null, ["22", index: 3, input: "a1b22c333", groups: undefined], ["b2", index: 2, input: "a1b22c333", groups: undefined], ["", index: 0, input: "abc", groups: undefined], ["", index: 0, input: "abc", groups: undefined], ["null", index: 0, input: "null", groups: undefined], ["a", index: 0, input: "a.b", groups: undefined], 1, 3, -1, 0, 2, ["", "", "", ""], ["", "", "", ""], ["�", "�"], "a", 1, 1]
function test() {
  var s = "a1b22c333";
  var m = s.match(/(\d)(\d)?/);
  return [
    m, s.match(/\d+/g), s.match(/x/), s.match(/x/g), s.match("\\d\\d"), s.match("b."), "abc".match(), "abc".match(undefined),
    "null".match(null), "a.b".match("."), s.search(/\d/), s.search("2"), s.search(/x/), "abc".search(), "abc".search("c"),
    "aaa".match(/a*?/g), "abc".match(/(?:)/g), "\uD83D\uDE00".match(/./g), "ab".match(/(?<first>a)/).groups.first,
    s.match.length, s.search.length
  ];
}

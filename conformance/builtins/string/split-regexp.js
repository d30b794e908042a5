// description: split with a RegExp separator: captures in the output, limits, empty matches, anchors, lookarounds; the regexp's lastIndex is untouched
// expect: [["a", "b", "c", ""], ["a", "1", "b", "2", "c", "3", ""], ["a", "b"], ["a", "1", "b", "2"], ["a", "b", "c"], ["a", "c"], ["a", "b", "c"], [""], [], [], ["a", "b"], ["", "b"], ["A", undefined, "B", "bold", "/", "B", "and", undefined, "CODE", "coded", "/", "CODE", ""], ["te", "st"], ["te", "st"], ["a\n", "b\n", "c"], ["x", "y", "z"], ["abc"], ["a", "b", "c"], [], ["a", "b", "c"], ["a", ","], 3, ["", "a", undefined, "bc", "a", undefined, "bc"], ["a", "b"], 3, ["a", "", "b"], ["ab", ""], ["", "bc"]]
function test() {
  var re = /,/g;
  re.lastIndex = 3;
  var out = "a,b".split(re);
  return [
    "a1b22c333".split(/\d+/), "a1b22c333".split(/(\d)\d*/), "a1b2c3".split(/\d/, 2), "a1b2c3".split(/(\d)/, 4),
    "abc".split(/(?:)/), "abc".split(/b*/), "abc".split(/(b)*/), "".split(/x/), "".split(/(?:)/), "".split(/a*/),
    "ab".split(/a*?/), "ab".split(/a*/), "A<B>bold</B>and<CODE>coded</CODE>".split(/<(\/)?([^<>]+)>/),
    "test".split(/(?=s)/), "test".split(/(?<=e)/), "a\nb\nc".split(/^/m), "x y  z".split(/\s+/), "abc".split(/$/),
    "aXbxc".split(/x/i), "a,b,c".split(/,/, 0), "a,b,c".split(/,/, -1), "a,b,c".split(/(,)/, 2), "\uD83D\uDE00x".split(/(?:)/).length,
    "abcabc".split(/(a)(x)?/), out, re.lastIndex, "a--b".split(/-/), "abc".split(/c/), "abc".split(/a/)
  ];
}

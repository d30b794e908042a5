// description: the sticky flag (2.0): matches only at lastIndex in exec, test, match, replace and search; split ignores it
// expect: [[true, 1, true, 2, false, 0], [["b", index: 1, input: "abc", groups: undefined], 2, null, 0], ["aXcb", 2, "abcb", 0], [-1, 2, 0, -1], [["a", "b", "", "c"], "--Xaa", ["a", "a"]], [2, 2, null, true], [null, 0, "/x/gimy", "gy"]]
// expect cloudfront-js-1.0: "SyntaxError"
function test() {
  var y;
  try { y = new RegExp("a", "y"); } catch (e) { return e.name; }
  var results = [];
  results[0] = [y.test("aab"), y.lastIndex, y.test("aab"), y.lastIndex, y.test("aab"), y.lastIndex];
  var s2 = new RegExp("b", "y");
  s2.lastIndex = 1;
  results[1] = ["abc".match(s2), s2.lastIndex, "abc".match(s2), s2.lastIndex];
  var s3 = new RegExp("b", "y");
  s3.lastIndex = 1;
  results[2] = ["abcb".replace(s3, "X"), s3.lastIndex, "abcb".replace(s3, "X"), s3.lastIndex];
  var s4 = new RegExp("c", "y");
  s4.lastIndex = 2;
  results[3] = ["abc".search(s4), s4.lastIndex, "abc".search(new RegExp("a", "y")), "bca".search(new RegExp("a", "y"))];
  results[4] = ["a,b,,c".split(new RegExp(",", "y")), "aaXaa".replace(new RegExp("a", "gy"), "-"), "aaXaa".match(new RegExp("a", "gy"))];
  var s5 = new RegExp("(?:)", "y");
  s5.lastIndex = 2;
  results[5] = [s5.exec("abc").index, s5.lastIndex, new RegExp("^b", "my").exec("a\nb"), new RegExp("$", "y").test("")];
  var s6 = new RegExp("b", "y");
  s6.lastIndex = 9;
  results[6] = [s6.exec("abc"), s6.lastIndex, String(new RegExp("x", "gimy")), new RegExp("x", "yg").flags];
  return results;
}

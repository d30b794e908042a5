// description: lookbehind matches right to left: greedy groups inside take from the right, backreferences inside read leftwards, captures inside are kept, negative lookbehind captures nothing
// expect: [[7, "42.50", ".50"], [7, "17"], [4, "", "1", "053"], [4, "", "1", "053"], [2, "b", "a"], null, [2, "b", "a"], [3, "d", "a"], [4, "b", undefined], [5, "file"], [2, "c"], [5, "b"], [2, "b"], [2, "c", "ab"], [3, "x"], "a#b#c#", ["/", "A/", "B/", "C"]]
function test() {
  function show(m) { return m === null ? null : [m.index].concat(m.slice()); }
  return [
    show(/(?<=\$)\d+(\.\d+)?/.exec("cost: $42.50")),
    show(/(?<!\$)\b\d+/.exec("$4 and 17")),
    show(/(?<=(\d+)(\d+))$/.exec("1053")),
    show(/(?<=(\d+?)(\d+))$/.exec("1053")),
    show(/(?<=\1(a))b/.exec("aab")),
    show(/(?<=\1(a))b/.exec("xab")),
    show(/(?<=(a)\1)b/.exec("xab")),
    show(/(?<=([abc])\1)d/i.exec("xAad")),
    show(/(?<!(a))b/.exec("ab cb")),
    show(/(?<=^|\/)[a-z]+(?=\.)/.exec("/dir/file.txt")),
    show(/(?<=a(?=b)b)c/.exec("abc")),
    show(/(?<=(?<!x)a)b/.exec("xab ab")),
    show(/(?<=a{2,3})b/.exec("aab")),
    show(/(?<=(a|ab))c/.exec("abc")),
    show(/(?<=\b)x/.exec("ax x")),
    "a1b2c3".replace(/(?<=[a-z])\d/g, "#"),
    "/A/B/C".split(/(?<=\/)(?=[A-Z])/)
  ];
}

// description: an iteration of a quantified atom that matches empty once the minimum is reached fails (RepeatMatcher); captures inside a quantified group are reset at each iteration; backreferences to unset groups match empty
// expect: [[0, "", undefined], [0, "", ""], [0, "", undefined], [0, "", ""], [0, "aab", undefined], [0, "aab", ""], [0, "zaacbbbcac", "z", "ac", "a", undefined, "c"], [0, "ab", undefined], [0, "aba", "a", undefined], [0, "abc", "b", undefined], [0, "aab", "a"], [0, "aaa", "a", "a"], [0, "ab", undefined], [0, "a", "a"], [0, "b", undefined], [0, "aaa", "a"], [0, "aaa", "a"], [0, "aac", "a"], "-a-a-a-", ["a", "b", "c"]]
function test() {
  function show(m) { return m === null ? null : [m.index].concat(m.slice()); }
  return [
    show(/(a*)*/.exec("b")),
    show(/(a*)+/.exec("b")),
    show(/(a*)?/.exec("b")),
    show(/(a*){2,}/.exec("b")),
    show(/(?:a|())*b/.exec("aab")),
    show(/(?:a|()){3}b/.exec("aab")),
    show(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac")),
    show(/(?:(a)|b)+/.exec("ab")),
    show(/(?:(a)|(b))+/.exec("aba")),
    show(/((a)|b)*?c/.exec("abc")),
    show(/(a|)+b/.exec("aab")),
    show(/(\2?(a))+/.exec("aaa")),
    show(/(?:()|a)*?b/.exec("ab")),
    show(/\1(a)/.exec("aa")),
    show(/(a)|\1b/.exec("b")),
    show(/(a\1)+/.exec("aaa")),
    show(/(?:(?=(a))a)*\1/.exec("aaa")),
    show(/(a(?!b))*c/.exec("aac")),
    "aaa".replace(/a*?/g, "-"),
    "abc".split(/(?:)/)
  ];
}

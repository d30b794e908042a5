// description: slice, substring and substr: negative, NaN, infinite and swapped indices
// expect: ["abcdef", "cdef", "ef", "cd", "cde", "de", "", "ab", "abcdef", "bcdef", "", "bc", "", "a", "abcdef", "cdef", "cd", "ab", "ab", "bcdef", "abc", "def", "ab", "cd", "abcdef", "abcdef", "cdef", "ef", "bcd", "de", "", "", "ab", "", "ab", "cdef", "bcdef", "a", 1, 56832, "23", "rue", 2, 2, 2]
function test() {
  var s = "abcdef";
  return [
    s.slice(), s.slice(2), s.slice(-2), s.slice(2, 4), s.slice(2, -1), s.slice(-3, -1), s.slice(4, 2), s.slice(NaN, 2),
    s.slice(-Infinity, Infinity), s.slice(1, undefined), s.slice(1, null), s.slice("1", "3"), s.slice(10), s.slice(-10, 1),
    s.substring(), s.substring(2), s.substring(4, 2), s.substring(-1, 2), s.substring(2, NaN), s.substring(1, Infinity),
    s.substring(undefined, 3), s.substring(3, undefined), s.substring(null, 2), s.substring(2.9, 4.1), s.substring(10, -10),
    s.substr(), s.substr(2), s.substr(-2), s.substr(1, 3), s.substr(-3, 2), s.substr(1, -1), s.substr(1, NaN),
    s.substr(NaN, 2), s.substr(10, 2), s.substr(-10, 2), s.substr(2, Infinity), s.substr(1, undefined), s.substr(-Infinity, 1),
    "a\uD83D\uDE00b".slice(1, 2).length, "a\uD83D\uDE00b".substring(2).charCodeAt(0),
    String.prototype.slice.call(12345, 1, 3), String.prototype.substr.call(true, 1),
    s.slice.length, s.substring.length, s.substr.length
  ];
}

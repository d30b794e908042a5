// description: atob decodes forgiving-base64: ASCII white space (tab, LF, FF, CR, space) anywhere is ignored, padding is optional but when present completes the last quad, leftover bits are dropped; each byte becomes one character U+0000..U+00FF; the argument is converted with ToString
// expect: [[0, ""], [1, "a"], [1, "a"], [2, "ab"], [2, "ab"], [3, "abc"], [3, "abc"], [3, "abc"], [1, "a"], [1, "a"], [1, "a"], [3, "ÿïþ"], [3, "ÿÿÿ"], [3, "\u0000\u0000\u0000"], [1, "a"], [2, "ab"], [13, "Hello, world!"], [3, "â¬"], [3, "ÿþý"], [4, "\u0000ÿ\u0000ÿ"], ["ée", "a", "xy"]]
// expect cloudfront-js-1.0: throws ReferenceError: atob is not defined
function test() {
  var inputs = ['', 'YQ==', 'YQ', 'YWI=', 'YWI', 'YWJj', ' Y W J j ', 'YW\nJj\t', '\fYQ\r==', 'YQ=\n=', 'Y Q = =', '/+/+', '////', 'AAAA', 'YR==', 'YWJ=',
    'SGVsbG8sIHdvcmxkIQ==', '4oKs', '//79', 'AP8A/w=='];
  var out = [];
  for (var i = 0; i < inputs.length; i++) {
    var s = atob(inputs[i]);
    out[i] = [s.length, s];
  }
  out[out.length] = [atob(null), atob(undefined === void 0 ? 'YQ' : ''), atob({ toString: function () { return 'eHk='; } })];
  return out;
}

// description: unescape is decodeURIComponent, falling back to byte-wise decoding on malformed input; + becomes a space only in the fallback and only when asked
// expect: ["a b+c+d", "a b+c+d", "%zz A", "%zz+A", "%zz+A", "€😀", "€%", "�%", "�A%", "�%zz", "�(A", "%", "%%", "%4", "A%4", "�A", "12", "null", "undefined", "A"]
function test() {
  var qs = require('querystring');
  return [
    qs.unescape('a%20b+c%2Bd'),
    qs.unescape('a%20b+c%2Bd', true),
    qs.unescape('%zz+%41', true),
    qs.unescape('%zz+%41'),
    qs.unescape('%zz+%41', 0),
    qs.unescape('%E2%82%AC%F0%9F%98%80'),
    qs.unescape('%E2%82%AC%'),
    qs.unescape('\u20ac%'),
    qs.unescape('\u20ac%41%'),
    qs.unescape('\u00e9%zz'),
    qs.unescape('%C3%28%41'),
    qs.unescape('%'), qs.unescape('%%'), qs.unescape('%4'), qs.unescape('%41%4'),
    qs.unescape('\ud800%41'),
    qs.unescape(12), qs.unescape(null), qs.unescape(), qs.unescape({ toString: function () { return '%41'; } })
  ];
}

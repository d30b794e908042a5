// description: malformed escapes and invalid UTF-8 fall back to byte-wise decoding (valid %XX kept as bytes, other characters as their low byte), read as UTF-8 with U+FFFD
// expect: ["%", "%%", "%zz", "%4", "%4gA", "100%", "�", "�", "é%", "��", "���", "����", "�A", "a�b", "€%", "€A", "é%zz", "€%zz", "%é", "A%", " %zz ", "�%zzA", "�A%", "\u0000A%", "A=\u0000%", {"%zzA": "�"}]
function test() {
  var qs = require('querystring');
  function v(s) { return qs.parse('k=' + s).k; }
  return [
    v('%'), v('%%'), v('%zz'), v('%4'), v('%4g%41'), v('100%'), v('%E9'), v('%C3'), v('%C3%A9%'),
    v('%C0%80'), v('%ED%A0%80'), v('%F4%90%80%80'), v('%80%41'), v('a%FFb'),
    v('\u20ac%'), v('\u20ac%41'), v('\u00e9%zz'), v('%E2%82%AC%zz'),
    v('%%C3%A9'), v('%41%'), v('+%zz+'), v('\u00e9%zz%41'), v('\u20ac%41%'), v('\ud800%41%'), v('%41\ud83d\ude00%'),
    qs.parse('%zz%41=%E9')
  ];
}

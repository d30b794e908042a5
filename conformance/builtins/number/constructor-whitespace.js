// description: StringToNumber trims every WhiteSpace and LineTerminator (Unicode Zs, BOM, LS, PS) and nothing else
// expect: [[true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true], NaN, NaN, NaN, NaN, -Infinity, 0, NaN, NaN]
function test() {
  var ws = ['\t', '\n', '\v', '\f', '\r', ' ', '\u00A0', '\u1680', '\u2000', '\u2001', '\u2002', '\u2003', '\u2004',
    '\u2005', '\u2006', '\u2007', '\u2008', '\u2009', '\u200A', '\u2028', '\u2029', '\u202F', '\u205F', '\u3000', '\uFEFF'];
  var ok = [];
  for (var i = 0; i < ws.length; i++) {
    ok[i] = Number(ws[i] + '42' + ws[i]) === 42 && Number(ws[i]) === 0 && Number(ws[i] + '0x1A') === 26;
  }
  return [ok, Number('\u180E42'), Number('\u200B42'), Number('\u008542'), Number('4\u00A02'), Number('\uFEFF-Infinity\u3000'),
    Number('\u2028\u2029'), Number('\u0000'), Number('1\u0000')];
}

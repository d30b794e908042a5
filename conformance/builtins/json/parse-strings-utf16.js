// description: JSON.parse works on UTF-16 code units: escaped lone surrogates survive as lone code units, escaped pairs join, raw non-ASCII text and U+2028/U+2029 are allowed unescaped, and code units are counted exactly
// expect: [1, true, 2, true, 2, true, true, 2, true, 2, 1, true, true, 1]
function test() {
  var lone = JSON.parse('"\\ud800"');
  var low = JSON.parse('"\\uDC00x"');
  var pair = JSON.parse('"\\ud83d\\ude00"');
  var reversed = JSON.parse('"\\ude00\\ud83d"');
  var raw = JSON.parse('"\ud83d\ude00"');
  return [
    lone.length, lone === '\ud800', low.length, low === '\udc00x',
    pair.length, pair === '\ud83d\ude00', pair === raw,
    reversed.length, reversed === '\ude00\ud83d',
    JSON.parse('"\u2028\u2029"').length,
    JSON.parse('"\\u0000"').length, JSON.parse('"\\u0000"') === '\u0000',
    JSON.parse('"\u007f\u0080\u00ff"') === '\u007f\u0080\u00ff',
    JSON.parse('{"\\ud800": 1}')['\ud800']
  ];
}

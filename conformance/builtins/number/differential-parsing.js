// description: Number(s), parseFloat(s) and parseInt(s, radix) over 400 generated strings of number-like characters; the digest must match Node's
// expect: 731359828
var CODES = {};
function hash(h, s) {
  for (var i = 0; i < s.length; i++) h = Math.imul(h ^ (CODES[s[i]] || 99), 16777619);
  return Math.imul(h ^ s.length, 16777619);
}
var seed = 3;
function next() { seed = (Math.imul(seed, 1103515245) + 12345) | 0; return (seed >>> 8) & 0xFFFFFF; }
function test() {
  var chars = '0123456789e.-+';
  for (var c = 0; c < chars.length; c++) CODES[chars[c]] = c + 1;
  var alphabet = ['0', '1', '5', '9', '0', '7', '.', 'e', 'E', '+', '-', 'x', 'X', 'o', 'b', 'a', 'f', 'z', ' ', '\u00A0', '_', 'Infinity', '00'];
  var h = 0;
  for (var i = 0; i < 400; i++) {
    var s = '';
    var len = 1 + next() % 12;
    for (var j = 0; j < len; j++) s += alphabet[next() % alphabet.length];
    if (i % 4 === 0) s = '0x' + s;
    h = hash(h, '' + Number(s));
    h = hash(h, '' + parseFloat(s));
    h = hash(h, '' + parseInt(s));
    h = hash(h, '' + parseInt(s, 2 + next() % 35));
  }
  return h >>> 0;
}

// description: toString(radix) over 150 generated doubles with fractions, in radixes 2 to 36; the digest of all outputs must match Node's
// expect: 2648426496
var CODES = {};
function hash(h, s) {
  for (var i = 0; i < s.length; i++) h = Math.imul(h ^ (CODES[s[i]] || 99), 16777619);
  return Math.imul(h ^ s.length, 16777619);
}
var seed = 11;
function next() { seed = (Math.imul(seed, 1103515245) + 12345) | 0; return (seed >>> 8) & 0xFFFFFF; }
function test() {
  var chars = '0123456789abcdefghijklmnopqrstuvwxyz.-';
  for (var c = 0; c < chars.length; c++) CODES[chars[c]] = c + 1;
  var h = 0;
  for (var i = 0; i < 150; i++) {
    var x = (next() * 16777216 + next()) / [1, 3, 7, 10, 64, 1e3, 1e6, 1e9, 1e12, 1e15, 1e18, 1e20][next() % 12];
    if (i % 5 === 0) x = x * 1e10;
    if (i % 2 === 1) x = -x;
    h = hash(h, x.toString(2 + next() % 35));
    h = hash(h, x.toString([3, 8, 16, 36][i % 4]));
  }
  return h >>> 0;
}

// description: toFixed over 300 generated doubles below 1e21 with 0 to 25 digits; the digest of all outputs must match Node's
// expect: 1545461607
var CODES = {};
function hash(h, s) {
  for (var i = 0; i < s.length; i++) h = Math.imul(h ^ (CODES[s[i]] || 99), 16777619);
  return Math.imul(h ^ s.length, 16777619);
}
var seed = 5;
function next() { seed = (Math.imul(seed, 1103515245) + 12345) | 0; return (seed >>> 8) & 0xFFFFFF; }
function test() {
  var chars = '0123456789e.-+';
  for (var c = 0; c < chars.length; c++) CODES[chars[c]] = c + 1;
  var h = 0;
  for (var i = 0; i < 300; i++) {
    var x = (next() * 16777216 + next()) / [1, 2, 8, 10, 100, 1e3, 1e5, 1e8, 1e12, 1e16, 1e20, 1e-6][next() % 12];
    if (i % 3 === 0) x = (next() % 100000) / 1000 + 0.005;
    if (i % 2 === 1) x = -x;
    h = hash(h, x.toFixed(next() % 26));
    h = hash(h, x.toFixed(i % 4));
  }
  return h >>> 0;
}

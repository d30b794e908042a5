// description: toString(), toExponential and toPrecision over 400 generated doubles of every magnitude; the digest of all outputs must match Node's
// expect: [400, 866652882]
var CODES = {};
function hash(h, s) {
  for (var i = 0; i < s.length; i++) h = Math.imul(h ^ (CODES[s[i]] || 99), 16777619);
  return Math.imul(h ^ s.length, 16777619);
}
var seed = 7;
function next() { seed = (Math.imul(seed, 1103515245) + 12345) | 0; return (seed >>> 8) & 0xFFFFFF; }
function test() {
  var chars = '0123456789e.-+';
  for (var c = 0; c < chars.length; c++) CODES[chars[c]] = c + 1;
  var pow2 = [];
  var p = 1;
  for (var e = 0; e <= 1023; e++) { pow2[1074 + e] = p; p *= 2; }
  p = 1;
  for (e = 0; e <= 1074; e++) { pow2[1074 - e] = p; p /= 2; }
  var h = 0;
  var n = 0;
  for (var i = 0; i < 400; i++) {
    var m = next() * 16777216 + next();
    var x = m * pow2[next() % 2050] ;
    if (i % 3 === 1) x = next() / [1, 10, 100, 1000, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9][next() % 10];
    if (i % 2 === 1) x = -x;
    h = hash(h, x.toString());
    h = hash(h, x.toExponential());
    h = hash(h, x.toExponential(next() % 21));
    h = hash(h, x.toPrecision(1 + next() % 21));
    n++;
  }
  return [n, h >>> 0];
}

// description: generated strings and byte runs (a fixed pseudo-random sequence) through every encoding both ways, write() with tight lengths, and indexOf; results folded into checksums
// expect: [140285215, 678510757, 998681100, 998681100, 694545233, 680660331, 960274146]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
var seed = 12345;
function next(n) { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; }
var UNITS = ['A', 'a', 'z', '0', '9', '+', '/', '-', '_', '=', ' ', '\n', '.', '\u00e9', '\u00ff', '\u0100', '\u0161', '\u20ac', '\ud800', '\udbff', '\udc00', '\udfff', '\ud83d', '\ude00', '\ufffd', '\u007f', '\u0080', 'F', 'f'];
function randomString(max) { var n = next(max), s = ''; for (var i = 0; i < n; i++) s += UNITS[next(UNITS.length)]; return s; }
// Strings folded here are ASCII or decoder output (never lone surrogates), so their UTF-8 is lossless.
function fold(acc, s) { var b = Buffer.from(s); for (var i = 0; i < b.length; i++) acc = (acc * 31 + b[i]) % 1000000007; return (acc * 7 + s.length) % 1000000007; }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var encs = ['utf8', 'hex', 'base64', 'base64url'];
  var sums = [0, 0, 0, 0, 0, 0, 0];
  for (var round = 0; round < 150; round++) {
    var s = randomString(12);
    for (var e = 0; e < encs.length; e++) {
      var b = Buffer.from(s, encs[e]);
      sums[e] = fold(sums[e], b.toString('hex') + '|' + Buffer.byteLength(s, encs[e]));
      var room = Buffer.alloc(next(6), 0xee);
      var n = room.write(s, 0, room.length, encs[e]);
      sums[4] = fold(sums[4], n + ':' + room.toString('hex'));
    }
    var bytes = [];
    var len = next(10);
    for (var k = 0; k < len; k++) bytes[k] = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc2, 0xc3, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0xa0, 0x9f, 0x90, 0x8f][next(19)];
    var raw = Buffer.from(bytes);
    sums[5] = fold(sums[5], raw.toString() + '|' + raw.toString('base64') + '|' + raw.toString('base64url') + '|' + raw.toString('hex'));
    var needle = randomString(3);
    sums[6] = fold(sums[6], Buffer.from(s).indexOf(needle, next(8) - 4) + ',' + Buffer.from(s).lastIndexOf(needle, next(8) - 4));
  }
  return sums;
}

// description: digest() without an encoding: a Buffer in 2.0 (and Node), a byte string of the digest's bytes in 1.0
// expect: ["object", 16, true, true, true, "object", 20, true]
// expect cloudfront-js-1.0: ["string", 16, true, true, true, "string", 20, true]
function test() {
  var crypto = require('crypto');
  var d = crypto.createHash('md5').update('abc').digest();
  var m = crypto.createHmac('sha1', 'key').update('The quick brown fox jumps over the lazy dog').digest();
  var isString = typeof d === 'string';
  return [
    typeof d, d.length,
    (isString ? d[0] === '\x90' : d[0] === 0x90),
    (isString ? d[15] === '\x72' : d[15] === 0x72),
    (isString ? d[3] === '\x98' : d[3] === 0x98),
    typeof m, m.length,
    (isString ? m[0] === '\xde' && m[19] === '\xd9' : m[0] === 0xde && m[19] === 0xd9)
  ];
}

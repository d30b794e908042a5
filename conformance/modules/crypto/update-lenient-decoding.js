// description: update() decodes hex, base64 and base64url as njs does: up to the first character outside the alphabet (padding, spaces, "é", "€"), padded or not, an odd last hex digit or a lone last base64 character dropped, across the 256-character decoding blocks
// node: skip Node refuses odd-length hex and skips characters outside the base64 alphabet
// expect: ["8843d7f92416211de9ebb963ff4ce28125932878", true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, "89096f0b81069aba25c5349783bb4861c03c20c2", true, true, true, true, true, true, true, true, true, true, "4n_7vtw7zzt9Y91vt0I1cQcmr0FzlNF0PpG2zfwOANw"]
function test() {
  var crypto = require('crypto');
  function sha1(s, enc) { return crypto.createHash('sha1').update(s, enc).digest('hex'); }
  function same(s, enc, hex) { return sha1(s, enc) === sha1(hex, 'hex'); }
  var long64 = '', longUrl = '', longHex = '', want = '';
  for (var i = 0; i < 100; i++) {
    long64 = long64 + '+/8A';
    longUrl = longUrl + '-_8A';
    longHex = longHex + 'fbff00';
  }
  return [
    sha1('Zm9vYmFy', 'base64'), same('Zm9vYmE=', 'base64', '666f6f6261'), same('Zm9vYmE', 'base64', '666f6f6261'),
    same('Zm9vYg==', 'base64', '666f6f62'), same('Zm9vYg', 'base64url', '666f6f62'), same('Zm9vY', 'base64', '666f6f'),
    same('Zm9v YmFy', 'base64', '666f6f'), same('Zg==Zm9v', 'base64', '66'), same('Zm9v\u00e9YmFy', 'base64', '666f6f'),
    same('Zm9v\u20acYmFy', 'base64', '666f6f'), same('+/8A-_8A', 'base64', 'fbff00'), same('-_8A+/8A', 'base64url', 'fbff00'),
    same('', 'base64', ''), same('', 'hex', ''), same(long64, 'base64', longHex), same(longUrl, 'base64url', longHex),
    same(long64 + 'QQ', 'base64', longHex + '41'), same(longUrl + 'QUI', 'base64url', longHex + '4142'),
    sha1('0aFf', 'hex'), same('abc', 'hex', 'ab'), same('zz', 'hex', ''), same('0g12', 'hex', ''), same('0102zz03', 'hex', '0102'),
    same('01 02', 'hex', '01'), same('01\u00e902', 'hex', '01'), same('01\u20ac02', 'hex', '01'), same('AbCdEf', 'hex', 'abcdef'),
    same(longHex + 'f', 'hex', longHex), same(longHex + 'x' + longHex, 'hex', longHex),
    crypto.createHmac('sha256', 'k').update('Zm9v', 'base64').update('626172', 'hex').update('YmF6', 'base64url').digest('base64url')
  ];
}

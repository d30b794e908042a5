// description: published test vectors: MD5 (RFC 1321), SHA-1 and SHA-256 (FIPS 180) of "abc", HMAC-SHA-256 (RFC 4231 case 2), HMAC-MD5 (RFC 2104)
// expect: ["d41d8cd98f00b204e9800998ecf8427e", "900150983cd24fb0d6963f7d28e17f72", "a9993e364706816aba3e25717850c26c9cd0d89d", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", "750c783e6ab0b503eaa86e310a5db738", "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79"]
var crypto = require('crypto');
function test() {
  return [
    crypto.createHash('md5').update('').digest('hex'),
    crypto.createHash('md5').update('abc').digest('hex'),
    crypto.createHash('sha1').update('abc').digest('hex'),
    crypto.createHash('sha256').update('a').update('b').update('c').digest('hex'),
    crypto.createHmac('sha256', 'Jefe').update('what do ya want for nothing?').digest('hex'),
    crypto.createHmac('md5', 'Jefe').update('what do ya want for nothing?').digest('hex'),
    crypto.createHmac('sha1', 'Jefe').update('what do ya want for nothing?').digest('hex')
  ];
}

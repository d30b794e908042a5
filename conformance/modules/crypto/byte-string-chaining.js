// description: a digest returned without an encoding can key an HMAC or be hashed again, as its raw bytes (SigV4-style key derivation)
// expect: ["dc20cd2ebb9abb42da9efd87c0fd23bc2f4ddfa48180439438b10688ae2e3778", "27430d3b3b37c6a3f459daac1e3d217d0e55698e", "27430d3b3b37c6a3f459daac1e3d217d0e55698e"]
function test() {
  var crypto = require('crypto');
  function hmac(key, data) { return crypto.createHmac('sha256', key).update(data); }
  var kDate = hmac('AWS4wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY', '20150830').digest();
  var kRegion = hmac(kDate, 'us-east-1').digest();
  var kService = hmac(kRegion, 'iam').digest();
  var kSigning = hmac(kService, 'aws4_request').digest();
  return [
    hmac(kSigning, 'string to sign').digest('hex'),
    crypto.createHash('sha1').update(crypto.createHash('md5').update('abc').digest()).digest('hex'),
    crypto.createHash('sha1').update(crypto.createHash('md5').update('abc').digest('hex'), 'hex').digest('hex')
  ];
}

// description: the HS256 signature of AWS's JWT example pattern: createHmac(alg, key).update(header.payload).digest('base64url'), in one chain
// expect: ["SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c", true, "OoSiGO5mZSCbtw6EUl3YN2RaGWU", "C9bnMWzBw9hNeNAuyNpjNA"]
function test() {
  var crypto = require('crypto');
  var header = 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9';
  var payload = 'eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ';
  function sign(input, key, method) { return crypto.createHmac(method, key).update(input).digest('base64url'); }
  return [
    sign(header + '.' + payload, 'your-256-bit-secret', 'sha256'),
    sign(header + '.' + payload, 'your-256-bit-secret', 'sha256') === 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
    sign('', 'k', 'sha1'),
    crypto.createHash('md5').update('secret' + '/path/to/file' + '1700000000').digest('base64url')
  ];
}

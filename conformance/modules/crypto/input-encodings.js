// description: update(data, inputEncoding) decodes hex, base64 and base64url strings to bytes before hashing
// expect: [true, "e4bc8a01806054986edd720593bc12f760eca5b9", true, true, true, true, "d4dea6579404534b9ffd0f76a299256610f49e18", true, true, true, true]
function test() {
  var crypto = require('crypto');
  function sha1(s, enc) { return crypto.createHash('sha1').update(s, enc).digest('hex'); }
  return [
    sha1('616263', 'hex') === sha1('abc'),
    sha1('00ff80', 'hex'),
    sha1('00FF80', 'hex') === sha1('00ff80', 'hex'),
    sha1('', 'hex') === sha1(''),
    sha1('YWJj', 'base64') === sha1('abc'),
    sha1('aGVsbG8gd29ybGQ=', 'base64') === sha1('hello world'),
    sha1('+/+/', 'base64'),
    sha1('-_-_', 'base64url') === sha1('+/+/', 'base64'),
    sha1('aGVsbG8', 'base64url') === sha1('hello'),
    sha1('aGVsbA', 'base64') === sha1('hell'),
    crypto.createHmac('sha256', 'k').update('ab', 'utf8').update('6364', 'hex').update('ZWY', 'base64url').digest('hex') === crypto.createHmac('sha256', 'k').update('abcdef').digest('hex')
  ];
}

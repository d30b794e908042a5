// description: string data is hashed as UTF-8; a lone surrogate counts as U+FFFD; explicit utf8 and utf-8 input encodings are the default
// expect: ["66ddcd97cfdeabb2f6fb8a999b4bc76f", false, "bca53fde466a76b7bee3e18997e94a7a", "2a02eac39d716a70ecf37579185927b6", "9b759040321a408a5c7768b4511287a6", true, true, true, true, true, "9ec0612d46b9a74a3ad77e60b3481906", "3145a6c3465fd6a7a80c14361b404a918ef05d6495ea55793941081676d2249d", false]
function test() {
  var crypto = require('crypto');
  function md5(s, enc) { return crypto.createHash('md5').update(s, enc).digest('hex'); }
  return [
    md5('\u00e9'),
    md5('\u00e9') === md5('\u00c3\u00a9'),
    md5('\u20ac'),
    md5('\ud83d\ude00'),
    md5('\ud800'),
    md5('\ud800') === md5('\ufffd'),
    md5('\udc00x') === md5('\ufffdx'),
    md5('\ud800\ud800') === md5('\ufffd\ufffd'),
    md5('caf\u00e9', 'utf8') === md5('caf\u00e9'),
    md5('caf\u00e9', 'utf-8') === md5('caf\u00e9'),
    md5('\u0000\u00ff'),
    crypto.createHmac('sha256', '\u00e9').update('x').digest('hex'),
    crypto.createHmac('sha256', '\u00e9').update('x').digest('hex') === crypto.createHmac('sha256', '\u00c3\u00a9').update('x').digest('hex')
  ];
}

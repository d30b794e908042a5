// description: HMAC with RFC 2202 and RFC 4231 string keys, empty keys, a 64-byte key and longer keys (hashed first)
// expect: [["750c783e6ab0b503eaa86e310a5db738", "74e6f7298a9c2d168935f58c001bad88", "80070713463e7749b90c2dc24911e275", "e0525f930df7e5415f8beed9da4e1f3c", "b7d1158ae12147f7faa37bc828cc7321", "aeb1fb9f6049876d1e14a9273b80d90e", "2ba6773af6764e41375560ad516b3017"], ["effcdf6ae5eb2fa2d27416d5f184df9c259a7c79", "fbdb1d1b18aa6c08324b7d64b71fb76370690e1d", "de7c9b85b8b78aa6bc8a7a36f70a90701c9db4d9", "fd6ac0544a139c8a65af3b45cd347d1f8d6fc5c2", "ce69e0604a581a20b9758fafea17888f2fbf15ec", "bbc11f1dd1529bcc43dc376a580d26c4f3bc05be", "128545a951dde9b4345a3d772ca056e63f66f95c"], ["5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843", "b613679a0814d9ec772f95d778c35fc5ff1697c493715653c6c712144292c5ad", "f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", "93244b031118b8060c6619e5900fcf916faefb2d8d020fecb22ae0f62275db08", "a79b53d0bf1cb4bb00c301979e6e60ef792a435cafabd76ab9e8989bbdef2dff", "d1c21ff9165d7e03c6b8ed3c68b4ee16f6157f106a1ca9479acbf7f368596857", "cee8897bf7bf8f76a6a4d710968fc3bdbf49d1bbdbd69409badd34a0c304ce56"]]
function test() {
  var crypto = require('crypto');
  function hmac(alg, key, data) { return crypto.createHmac(alg, key).update(data).digest('hex'); }
  var k64 = '', k65 = '', k131 = '';
  for (var i = 0; i < 131; i++) {
    if (i < 64) k64 = k64 + 'k';
    if (i < 65) k65 = k65 + 'k';
    k131 = k131 + 'K';
  }
  var out = [];
  var algs = ['md5', 'sha1', 'sha256'];
  for (var a = 0; a < algs.length; a++) {
    out[out.length] = [
      hmac(algs[a], 'Jefe', 'what do ya want for nothing?'),
      hmac(algs[a], '', ''),
      hmac(algs[a], 'key', 'The quick brown fox jumps over the lazy dog'),
      hmac(algs[a], k64, 'data'),
      hmac(algs[a], k65, 'data'),
      hmac(algs[a], k131, 'Test Using Larger Than Block-Size Key - Hash Key First'),
      hmac(algs[a], '\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac', 'data')
    ];
  }
  return out;
}

// description: SHA-256 of the FIPS 180 examples and a million 'a's, hex digests
// expect: ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1", "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1", "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"]
function test() {
  var crypto = require('crypto');
  var out = [
    crypto.createHash('sha256').update('').digest('hex'),
    crypto.createHash('sha256').update('abc').digest('hex'),
    crypto.createHash('sha256').update('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').digest('hex'),
    crypto.createHash('sha256').update('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu').digest('hex')
  ];
  var chunk = '';
  for (var i = 0; i < 1000; i++) chunk = chunk + 'a';
  var h = crypto.createHash('sha256');
  for (var j = 0; j < 1000; j++) h.update(chunk);
  out[4] = h.digest('hex');
  return out;
}

// description: SHA-1 of the FIPS 180 examples and a million 'a's, hex digests
// expect: ["da39a3ee5e6b4b0d3255bfef95601890afd80709", "a9993e364706816aba3e25717850c26c9cd0d89d", "84983e441c3bd26ebaae4aa1f95129e5e54670f1", "a49b2446a02c645bf419f995b67091253a04a259", "34aa973cd4c4daa4f61eeb2bdbad27316534016f"]
function test() {
  var crypto = require('crypto');
  var out = [
    crypto.createHash('sha1').update('').digest('hex'),
    crypto.createHash('sha1').update('abc').digest('hex'),
    crypto.createHash('sha1').update('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq').digest('hex'),
    crypto.createHash('sha1').update('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu').digest('hex')
  ];
  var thousand = 'aaaaaaaa';
  while (thousand.length < 1000) thousand = thousand + thousand;
  var chunk = '';
  for (var i = 0; i < 1000; i++) chunk = chunk + 'a';
  var h = crypto.createHash('sha1');
  for (var j = 0; j < 1000; j++) h.update(chunk);
  out[4] = h.digest('hex');
  return out;
}

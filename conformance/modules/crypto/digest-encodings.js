// description: hex, base64 (padded, + and /) and base64url (unpadded, - and _) digests of every algorithm
// expect: [["d41d8cd98f00b204e9800998ecf8427e", "1B2M2Y8AsgTpgAmY7PhCfg==", "1B2M2Y8AsgTpgAmY7PhCfg", "zTK+3UaqY8/6MCPwUPx44w==", "zTK-3UaqY8_6MCPwUPx44w"], ["5eb63bbbe01eeed093cb22bb8f5acdc3", "XrY7u+Ae7tCTyyK7j1rNww==", "XrY7u-Ae7tCTyyK7j1rNww", "tjNYEICfc9j+fOMwVcXd5w==", "tjNYEICfc9j-fOMwVcXd5w"], ["57a9106c4dd599bd314d5f46fbff58e5", "V6kQbE3Vmb0xTV9G+/9Y5Q==", "V6kQbE3Vmb0xTV9G-_9Y5Q", "RUFZAG1ICZ85CLaPF1HE8g==", "RUFZAG1ICZ85CLaPF1HE8g"], ["9e107d9d372bb6826bd81d3542a419d6", "nhB9nTcrtoJr2B01QqQZ1g==", "nhB9nTcrtoJr2B01QqQZ1g", "DsyrRwONaNysokX0ySba3w==", "DsyrRwONaNysokX0ySba3w"], ["da39a3ee5e6b4b0d3255bfef95601890afd80709", "2jmj7l5rSw0yVb/vlWAYkK/YBwk=", "2jmj7l5rSw0yVb_vlWAYkK_YBwk", "OoSiGO5mZSCbtw6EUl3YN2RaGWU=", "OoSiGO5mZSCbtw6EUl3YN2RaGWU"], ["2aae6c35c94fcfb415dbe95f408b9ce91ee846ed", "Kq5sNclPz7QV2+lfQIuc6R7oRu0=", "Kq5sNclPz7QV2-lfQIuc6R7oRu0", "h230LHCJpRqdtKy020B0/ZNR7JI=", "h230LHCJpRqdtKy020B0_ZNR7JI"], ["a24e261d9c3050fd299d0fc435c9012af2e1f618", "ok4mHZwwUP0pnQ/ENckBKvLh9hg=", "ok4mHZwwUP0pnQ_ENckBKvLh9hg", "wJrKUQ8pm2vq0xxmGGNHpvrn6nE=", "wJrKUQ8pm2vq0xxmGGNHpvrn6nE"], ["2fd4e1c67a2d28fced849ee1bb76e7391b93eb12", "L9ThxnotKPzthJ7hu3bnORuT6xI=", "L9ThxnotKPzthJ7hu3bnORuT6xI", "RCto5hhzGSCtE8EhI2QJYuR9DMs=", "RCto5hhzGSCtE8EhI2QJYuR9DMs"], ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=", "47DEQpj8HBSa-_TImW-5JCeuQeRkm5NMpJWZG3hSuFU", "i7mQxAp9YcuXWXqUISUCW+UKyL63RDbjc1uYiTp/ZiA=", "i7mQxAp9YcuXWXqUISUCW-UKyL63RDbjc1uYiTp_ZiA"], ["b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9", "uU0nuZNNPgilLlLX2n2r+sSE7+N6U4DukIj3rOLvzek=", "uU0nuZNNPgilLlLX2n2r-sSE7-N6U4DukIj3rOLvzek", "Z+7cXVCFKqzQVcyUC1Lt3onrppsVkCsqmoJIPqtw0S0=", "Z-7cXVCFKqzQVcyUC1Lt3onrppsVkCsqmoJIPqtw0S0"], ["1ef98ce578aeaad64efdaa7e1fb442465d867d9d6d4f7ebdd0a629cbf3e81233", "HvmM5XiuqtZO/ap+H7RCRl2GfZ1tT3690KYpy/PoEjM=", "HvmM5XiuqtZO_ap-H7RCRl2GfZ1tT3690KYpy_PoEjM", "uj7oTLJMQBHlGZNfTEdxo9mrlRn1XcQ88rEsBBInC0E=", "uj7oTLJMQBHlGZNfTEdxo9mrlRn1XcQ88rEsBBInC0E"], ["d7a8fbb307d7809469ca9abcb0082e4f8d5651e46d3cdb762d02d0bf37c9e592", "16j7swfXgJRpypq8sAguT41WUeRtPNt2LQLQvzfJ5ZI=", "16j7swfXgJRpypq8sAguT41WUeRtPNt2LQLQvzfJ5ZI", "BqeY89nUrnWHNU4YDQxAxEq3VvpFGevs9hhS59M/nsY=", "BqeY89nUrnWHNU4YDQxAxEq3VvpFGevs9hhS59M_nsY"]]
function test() {
  var crypto = require('crypto');
  var algs = ['md5', 'sha1', 'sha256'];
  var inputs = ['', 'hello world', '~~~~~', 'The quick brown fox jumps over the lazy dog'];
  var out = [];
  for (var a = 0; a < algs.length; a++) {
    for (var i = 0; i < inputs.length; i++) {
      var row = [];
      row[0] = crypto.createHash(algs[a]).update(inputs[i]).digest('hex');
      row[1] = crypto.createHash(algs[a]).update(inputs[i]).digest('base64');
      row[2] = crypto.createHash(algs[a]).update(inputs[i]).digest('base64url');
      row[3] = crypto.createHmac(algs[a], 'k').update(inputs[i]).digest('base64');
      row[4] = crypto.createHmac(algs[a], 'k').update(inputs[i]).digest('base64url');
      out[out.length] = row;
    }
  }
  return out;
}

// description: njs 0.7.9 works out the decoded length first (hex: half the text's length; base64: from the characters before the first one outside the alphabet) and, when it is 0, hashes the string itself: "a" in hex, "=" or "Q" in base64; "zz" in hex has length 1 and decodes to no byte. Observed with njs 0.7.9 (runtime 1.0); unknown for 2.0
// node: skip Node refuses odd-length hex and decodes "Q" to no byte
// expect cloudfront-js-1.0: ["86f7e437faa5a7fce15d1ddcb9eaeaea377667b8", "86f7e437faa5a7fce15d1ddcb9eaeaea377667b8", "21606782c65e44cac7afbb90977d8b6f82140e76", "21606782c65e44cac7afbb90977d8b6f82140e76", "c3156e00d3c2588c639e0d3cf6821258b05761c7", "c3156e00d3c2588c639e0d3cf6821258b05761c7", "da39a3ee5e6b4b0d3255bfef95601890afd80709", "da39a3ee5e6b4b0d3255bfef95601890afd80709"]
function test() {
  var crypto = require('crypto');
  function sha1(s, enc) { return crypto.createHash('sha1').update(s, enc).digest('hex'); }
  return [sha1('a', 'hex'), sha1('a'), sha1('=', 'base64'), sha1('='), sha1('Q', 'base64url'), sha1('Q'), sha1('zz', 'hex'), sha1('')];
}

// description: a second digest() of an Hmac throws like a Hash's (njs); Node returns an empty string instead
// expect: [Error: Digest already called, Error: Digest already called, Error: Digest already called]
// node: skip Node's Hmac returns '' for a second digest; njs throws "Digest already called"
function test() {
  var crypto = require('crypto');
  function attempt(f) { try { return f(); } catch (e) { return e; } }
  var m = crypto.createHmac('sha1', 'k');
  m.update('x').digest('hex');
  return [
    attempt(function () { return m.digest('hex'); }),
    attempt(function () { return m.digest(); }),
    attempt(function () { return m.digest('nonsense'); })
  ];
}

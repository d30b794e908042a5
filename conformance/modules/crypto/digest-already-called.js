// description: after digest(), update and digest throw Error "Digest already called" whatever the arguments; so does an Hmac's update
// expect: ["9dd4e461268c8034f5c8564e155c67a6", Error: Digest already called, Error: Digest already called, Error: Digest already called, Error: Digest already called, Error: Digest already called, Error: Digest already called]
function test() {
  var crypto = require('crypto');
  function attempt(f) { try { return f(); } catch (e) { return e; } }
  var h = crypto.createHash('md5');
  h.update('x');
  var d = h.digest('hex');
  var m = crypto.createHmac('sha1', 'k');
  m.digest('base64');
  return [
    d,
    attempt(function () { return h.update('y'); }),
    attempt(function () { return h.digest('hex'); }),
    attempt(function () { return h.digest(); }),
    attempt(function () { return m.update('y'); }),
    attempt(function () { return h.update(42); }),
    attempt(function () { return h.digest('nonsense'); })
  ];
}

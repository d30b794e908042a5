// description: njs's errors for bad algorithms, keys, data, encodings and receivers; a bad digest encoding leaves the hash usable
// expect: [TypeError: not supported algorithm: "sha512", TypeError: not supported algorithm: "SHA256", TypeError: not supported algorithm: "", TypeError: algorithm must be a string, TypeError: algorithm must be a string, TypeError: not supported algorithm: "sha384", TypeError: key argument "undefined" is not a string or Buffer-like object, TypeError: key argument "number" is not a string or Buffer-like object, TypeError: key argument "null" is not a string or Buffer-like object, TypeError: key argument "object" is not a string or Buffer-like object, TypeError: data argument "number" is not a string or Buffer-like object, TypeError: data argument "undefined" is not a string or Buffer-like object, TypeError: data argument "array" is not a string or Buffer-like object, TypeError: data argument "object" is not a string or Buffer-like object, TypeError: data argument "boolean" is not a string or Buffer-like object, TypeError: data argument "regexp" is not a string or Buffer-like object, TypeError: data argument "date" is not a string or Buffer-like object, TypeError: data argument "function" is not a string or Buffer-like object, TypeError: "latin1" encoding is not supported, TypeError: encoding must be a string, TypeError: Unknown digest encoding: "latin1", TypeError: Unknown digest encoding: "buffer", TypeError: encoding must be a string, "900150983cd24fb0d6963f7d28e17f72", TypeError: "this" is not a hash object, TypeError: "this" is not a hash object, TypeError: "this" is not a hash object]
// node: skip the messages are njs's; Node accepts other OpenSSL digests and encodings
function test() {
  var crypto = require('crypto');
  function attempt(f) { try { return f(); } catch (e) { return e; } }
  var h = crypto.createHash('md5');
  var out = [
    attempt(function () { return crypto.createHash('sha512'); }),
    attempt(function () { return crypto.createHash('SHA256'); }),
    attempt(function () { return crypto.createHash(''); }),
    attempt(function () { return crypto.createHash(); }),
    attempt(function () { return crypto.createHmac(Object('md5'), 'k'); }),
    attempt(function () { return crypto.createHmac('sha384', 5); }),
    attempt(function () { return crypto.createHmac('md5'); }),
    attempt(function () { return crypto.createHmac('md5', 5); }),
    attempt(function () { return crypto.createHmac('md5', null); }),
    attempt(function () { return crypto.createHmac('md5', Object('k')); }),
    attempt(function () { return h.update(5); }),
    attempt(function () { return h.update(); }),
    attempt(function () { return h.update(['a']); }),
    attempt(function () { return h.update({ toString: function () { return 'a'; } }); }),
    attempt(function () { return h.update(true); }),
    attempt(function () { return h.update(/a/); }),
    attempt(function () { return h.update(new Date(0)); }),
    attempt(function () { return h.update(function () {}); }),
    attempt(function () { return h.update('a', 'latin1'); }),
    attempt(function () { return h.update('a', 1); }),
    attempt(function () { return h.digest('latin1'); }),
    attempt(function () { return h.digest('buffer'); }),
    attempt(function () { return h.digest(null); })
  ];
  out[out.length] = h.update('abc').digest('hex');
  out[out.length] = attempt(function () { return h.update.call({}, 'a'); });
  out[out.length] = attempt(function () { return h.digest.call(undefined); });
  out[out.length] = attempt(function () { return crypto.createHmac('md5', 'k').update.call('str', 'a'); });
  return out;
}

// description: require('crypto') is one object with createHash and createHmac; hash objects share a prototype per kind; members' lengths; changes to the module persist for the event
// expect: [true, "function", "function", 2, 3, "createHash", "createHmac", true, true, true, "function", "function", "function", "function", 2, 1, true, "patched"]
function test() {
  var crypto = require('crypto');
  var a = crypto.createHash('md5'), b = crypto.createHash('sha256');
  var m = crypto.createHmac('sha1', 'k');
  var out = [
    crypto === require('crypto'),
    typeof crypto.createHash, typeof crypto.createHmac,
    crypto.createHash.length, crypto.createHmac.length,
    crypto.createHash.name, crypto.createHmac.name,
    a !== b,
    Object.getPrototypeOf(a) === Object.getPrototypeOf(b),
    Object.getPrototypeOf(a) !== Object.getPrototypeOf(m),
    typeof a.update, typeof a.digest, typeof m.update, typeof m.digest,
    a.update.length, a.digest.length,
    Object.keys(a).length === Object.keys(b).length
  ];
  var original = crypto.createHash;
  crypto.createHash = 'patched';
  out[out.length] = require('crypto').createHash;
  // Node's module objects are shared by the cases of a run.
  crypto.createHash = original;
  return out;
}

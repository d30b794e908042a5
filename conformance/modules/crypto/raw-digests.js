// description: digest() without an encoding holds the digest's bytes for every algorithm, for Hash and Hmac (a byte string in 1.0, a Buffer in 2.0)
// expect: [[144, 1, 80, 152, 60, 210, 79, 176, 214, 150, 63, 125, 40, 225, 127, 114], [245, 57, 222, 0, 227, 93, 164, 6, 201, 195, 105, 253, 25, 246, 237, 214], [169, 153, 62, 54, 71, 6, 129, 106, 186, 62, 37, 113, 120, 80, 194, 108, 156, 208, 216, 157], [45, 121, 146, 79, 37, 185, 114, 92, 191, 209, 221, 215, 154, 202, 29, 133, 152, 129, 241, 42], [186, 120, 22, 191, 143, 1, 207, 234, 65, 65, 64, 222, 93, 174, 34, 35, 176, 3, 97, 163, 150, 23, 122, 156, 180, 16, 255, 97, 242, 0, 21, 173], [254, 145, 151, 186, 45, 244, 142, 49, 212, 251, 153, 190, 135, 40, 130, 94, 1, 108, 209, 173, 117, 115, 194, 135, 97, 52, 113, 198, 231, 57, 49, 84]]
function test() {
  var crypto = require('crypto');
  function codes(d) { var out = []; for (var i = 0; i < d.length; i++) out[i] = typeof d === 'string' ? d.charCodeAt(i) : d[i]; return out; }
  var out = [];
  var algs = ['md5', 'sha1', 'sha256'];
  for (var a = 0; a < algs.length; a++) {
    out[out.length] = codes(crypto.createHash(algs[a]).update('abc').digest());
    out[out.length] = codes(crypto.createHmac(algs[a], 'key').update('\u00e9\u20ac').digest());
  }
  return out;
}

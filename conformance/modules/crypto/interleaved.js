// description: several hashes and HMACs updated in turn keep separate states
// expect: ["7I3eBaWV4PiB/Yfc0oRJ6A==", "TElyeCJsxJVDZGA/AHBLf/o/6qY=", "NC2RcHC1jWGXAtIXQDVh/E9synWvmg5NZ/2Ow8T1TCg=", "USjQmfCl3Zbc2DeaG0o+Sw==", "t+icePkb0xY3NOijeTzxaudvDyo=", "9Nz1wZZH02/9AgL6+eOpiVhyP2FIXMs1EJD7DJWIWTc="]
function test() {
  var crypto = require('crypto');
  var hs = [crypto.createHash('md5'), crypto.createHash('sha1'), crypto.createHash('sha256'),
    crypto.createHmac('md5', 'a'), crypto.createHmac('sha1', 'b'), crypto.createHmac('sha256', 'c')];
  for (var round = 0; round < 20; round++) {
    for (var i = 0; i < hs.length; i++) hs[i].update('r' + round + 'h' + i + '|');
  }
  var out = [];
  for (var j = 0; j < hs.length; j++) out[j] = hs[j].digest('base64');
  return out;
}

// description: a hash kept in a global is an ordinary object of the event; it survives until the event ends and its digest is stable
// expect: ["0cc175b9c0f1b6a831c399e269772661", "187ef4436122d1cc2f40dc2b92f0eba0"]
var crypto = require('crypto');
var early = crypto.createHash('md5').update('a');
function test() {
  return [early.digest('hex'), crypto.createHash('md5').update('ab').digest('hex')];
}

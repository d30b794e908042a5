// description: hashing is charged by the byte: hashing 64 KB a thousand times exceeds the compute budget
// expect: limit ComputeLimit
// node: skip Node has no compute budget
function test() {
  var s = '0123456789abcdef';
  while (s.length < 65536) s = s + s;
  var h = require('crypto').createHash('sha256');
  for (var i = 0; i < 1000; i++) h.update(s);
  return h.digest('hex');
}

// description: hash objects are counted against the event's memory
// expect: limit MemoryLimit
// node: skip Node has no 2 MB limit
function test() {
  var crypto = require('crypto');
  var keep = [];
  for (var i = 0; i < 100000; i++) keep[i] = crypto.createHmac('sha256', 'k');
  return keep.length;
}

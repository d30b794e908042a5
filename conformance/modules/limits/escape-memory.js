// description: escaping a long non-ASCII string nine-fold stays within the memory limit or fails with MemoryLimit, never unbounded
// expect: limit MemoryLimit
// node: skip Node has no 2 MB limit
function test() {
  var s = '\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac\u20ac';
  while (s.length < 200000) s = s + s;
  return require('querystring').escape(s).length;
}

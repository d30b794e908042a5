// description: serializing a huge sparse array is bounded: an array of length 2^32 - 1 writes "null" for each element into a result that is accounted as it grows, so it stops at the memory limit instead of running for billions of elements
// node: skip Node has no per-event limits (it fails with an invalid string length after a long time)
// expect: limit MemoryLimit
function test() {
  var a = [];
  a.length = 4294967295;
  return JSON.stringify(a).length;
}

// description: stringify of a sparse array of length 4e9 runs out of compute (or memory) instead of running unbounded
// expect: limit ComputeLimit
// node: skip Node would build a multi-gigabyte string
function test() {
  var a = [];
  a.length = 4000000000;
  return require('querystring').stringify({ a: a });
}

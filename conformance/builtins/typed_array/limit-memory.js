// description: a typed array larger than the function's memory (2 MB) ends the event with the memory limit instead of allocating
// node: skip the 2 MB memory limit is CloudFront's (spec section 6); Node allocates the array
// expect: limit MemoryLimit
function test() {
  var small = new Float64Array(1000);
  return new Float64Array(1e7).length + small.length;
}

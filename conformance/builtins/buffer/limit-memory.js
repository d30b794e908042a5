// description: Buffer allocations and string conversions past the function's memory (2 MB) end the event with the memory limit
// node: skip the 2 MB memory limit is CloudFront's (spec section 6); Node allocates the buffer
// expect: limit MemoryLimit
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
function test() {
  var b = Buffer.alloc(900000, 1);
  return b.toString('hex').length;
}

// description: searching a long buffer for a long needle that almost matches everywhere takes linear time (no quadratic rescans)
// expect: [300000, 300000, false, 1]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var hay = Buffer.alloc(600000, 'a');
  var needle = Buffer.alloc(300000, 'a');
  needle[299999] = 98;
  hay[599999] = 98;
  return [hay.indexOf(needle), hay.lastIndexOf(needle), hay.includes(needle, 300001), hay.indexOf(needle.subarray(0, 299999), 1)];
}

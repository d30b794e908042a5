// description: JSON.stringify of a Buffer goes through toJSON
// expect: ["{\"type\":\"Buffer\",\"data\":[104,105]}", "{\"b\":{\"type\":\"Buffer\",\"data\":[0]},\"e\":{\"type\":\"Buffer\",\"data\":[]}}", 7]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function test() {
  Buffer.isBuffer; // absent in 1.0
  return [JSON.stringify(Buffer.from('hi')), JSON.stringify({ b: Buffer.from([0]), e: Buffer.alloc(0) }), JSON.parse(JSON.stringify(Buffer.from([7]))).data[0]];
}

// description: Buffer.concat joins Buffers and Uint8Arrays, truncated or zero-padded to totalLength; Node's checks of the list and the length
// expect: ["61626364", "616263", "616263640000", "6162", "", "", "", "6162", true, true, TypeError: The "list" argument must be an instance of Array. Received type string ('ab'), TypeError: The "list" argument must be an instance of Array. Received undefined, TypeError: The "list" argument must be an instance of Array. Received an instance of Object, TypeError: The "list[0]" argument must be an instance of Buffer or Uint8Array. Received type number (1), TypeError: The "list[0]" argument must be an instance of Buffer or Uint8Array. Received an instance of Array, TypeError: The "list[1]" argument must be an instance of Buffer or Uint8Array. Received type string ('b'), TypeError: The "list[0]" argument must be an instance of Buffer or Uint8Array. Received an instance of Uint16Array, TypeError: The "list[0]" argument must be an instance of Buffer or Uint8Array. Received an instance of Object, RangeError: The value of "length" is out of range. It must be >= 0 && <= 4294967296. Received -1, RangeError: The value of "length" is out of range. It must be an integer. Received 1.5, TypeError: The "length" argument must be of type number. Received type string ('1'), TypeError: The "size" argument must be of type number. Received type string ('0x')]
// Node's driver runs cases in a bare context: the first line borrows the host's Buffer there (a no-op in edgefn).
// expect cloudfront-js-1.0: throws ReferenceError: Buffer is not defined
if (typeof Buffer === 'undefined' && this.constructor !== Object) { this.Buffer = this.constructor.constructor('return Buffer')(); }
function t(f) { try { var b = f(); return b.toString('hex'); } catch (e) { return e; } }
function test() {
  Buffer.isBuffer; // absent in 1.0
  var a = Buffer.from('ab'), c = new Uint8Array([99, 100]);
  return [
    t(function () { return Buffer.concat([a, c]); }), t(function () { return Buffer.concat([a, c], 3); }), t(function () { return Buffer.concat([a, c], 6); }),
    t(function () { return Buffer.concat([a]); }), t(function () { return Buffer.concat([]); }), t(function () { return Buffer.concat([], 5); }),
    t(function () { return Buffer.concat([a, a, a], 0); }), t(function () { return Buffer.concat([Buffer.alloc(0), a]); }),
    Buffer.isBuffer(Buffer.concat([c])), Buffer.concat([a]) !== a,
    t(function () { return Buffer.concat('ab'); }), t(function () { return Buffer.concat(); }), t(function () { return Buffer.concat({ length: 1, 0: a }); }),
    t(function () { return Buffer.concat([1]); }), t(function () { return Buffer.concat([[1]]); }), t(function () { return Buffer.concat([a, 'b']); }),
    t(function () { return Buffer.concat([new Uint16Array([1, 2])]); }), t(function () { return Buffer.concat([{ length: 2 }]); }),
    t(function () { return Buffer.concat([a], -1); }), t(function () { return Buffer.concat([a], 1.5); }), t(function () { return Buffer.concat([a], '1'); }),
    t(function () { return Buffer.concat([{ length: 'x' }]); })
  ];
}

// description: ArrayBuffer has isView, slice and byteLength in both runtimes; the resizable and transfer members are absent; DataView exists only in 2.0 with the eight listed get/set pairs
// node: skip CloudFront lists ArrayBuffer's isView and slice only, and DataView only in 2.0 (spec section 3.2); Node has more
// expect: [[true, true, true], [false, false, false, false, false, false], true, [true, true, true, true, true, true, true, true, true, true, true, true, true, true, true, true], [false, false, false, false]]
// expect cloudfront-js-1.0: [[true, true, true], [false, false, false, false, false, false], false]
function has(o, names) { var r = []; for (var i = 0; i < names.length; i++) r[i] = names[i] in o; return r; }
function test() {
  var P = ArrayBuffer.prototype;
  var out = [has(P, ['slice', 'byteLength', 'constructor']), has(P, ['resize', 'resizable', 'maxByteLength', 'transfer', 'transferToFixedLength', 'detached']), typeof DataView === 'function'];
  if (typeof DataView === 'function') {
    var D = DataView.prototype;
    out[3] = has(D, ['getInt8', 'setInt8', 'getUint8', 'setUint8', 'getInt16', 'setInt16', 'getUint16', 'setUint16', 'getInt32', 'setInt32', 'getUint32', 'setUint32', 'getFloat32', 'setFloat32', 'getFloat64', 'setFloat64']);
    out[4] = has(D, ['getBigInt64', 'setBigInt64', 'getBigUint64', 'getFloat16']);
  }
  return out;
}

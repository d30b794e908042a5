// description: %TypedArray% exposes exactly the members CloudFront lists per runtime: 1.0 has copyWithin fill join set slice subarray toString; 2.0 adds from, of and the iteration methods; unlisted ES members are absent
// node: skip CloudFront lists a subset of the ES typed array members per runtime (spec section 3.2); Node has them all
// expect: [[true, true, true, true, true, true, true, true, true, true, true, true], [true, true, true, true, true, true, true, true, true, true, true, true, true, true], [false, false, false, false, false, false, false, false, false, false], [true, true], [false, false]]
// expect cloudfront-js-1.0: [[true, true, true, true, true, true, true, true, true, true, true, true], [false, false, false, false, false, false, false, false, false, false, false, false, false, false], [false, false, false, false, false, false, false, false, false, false], [false, false], [false, false]]
function has(o, names) { var r = []; for (var i = 0; i < names.length; i++) r[i] = names[i] in o; return r; }
function test() {
  var TA = Object.getPrototypeOf(Int8Array);
  var P = TA.prototype;
  return [
    has(P, ['constructor', 'buffer', 'byteLength', 'byteOffset', 'length', 'copyWithin', 'fill', 'join', 'set', 'slice', 'subarray', 'toString']),
    has(P, ['every', 'filter', 'find', 'findIndex', 'forEach', 'includes', 'indexOf', 'lastIndexOf', 'map', 'reduce', 'reduceRight', 'reverse', 'some', 'sort']),
    has(P, ['at', 'entries', 'keys', 'values', 'findLast', 'findLastIndex', 'toReversed', 'toSorted', 'with', 'flat']),
    has(TA, ['from', 'of']), has(Uint8Array, ['fromBase64', 'fromHex'])
  ];
}

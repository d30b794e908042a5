// description: reduce and reduceRight (2.0) fold from either end with (acc, value, index, array), with or without an initial value
// expect: [10, 20, ",1,2,3,4", ",4,3,2,1", -2, [[4, 3, 2, true], [7, 2, 1, true], [9, 1, 0, true]], 7, "init", 3, TypeError: Reduce of empty array with no initial value, TypeError: Reduce of empty array with no initial value, TypeError: undefined is not a function, TypeError: 1 is not a function, TypeError: this is not a typed array.]
// expect cloudfront-js-1.0: throws TypeError: a.reduceRight is not a function
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  var a = new Int32Array([1, 2, 3, 4]);
  var log = [];
  a.reduceRight(function (acc, v, i, o) { log[log.length] = [acc, v, i, o === a]; return acc + v; });
  return [
    a.reduce(function (acc, v) { return acc + v; }), a.reduce(function (acc, v) { return acc + v; }, 10), a.reduce(function (acc, v) { return acc + ',' + v; }, ''),
    a.reduceRight(function (acc, v) { return acc + ',' + v; }, ''), a.reduceRight(function (acc, v) { return acc - v; }), log,
    new Uint8Array([7]).reduce(function () { throw new Error('not called'); }), new Uint8Array(0).reduce(function () {}, 'init'), a.reduce(function (acc, v, i) { return i; }, undefined),
    t(function () { return new Uint8Array(0).reduce(function () {}); }), t(function () { return new Uint8Array(0).reduceRight(function () {}); }),
    t(function () { return a.reduce(); }), t(function () { return a.reduceRight(1, 0); }), t(function () { return Uint8Array.prototype.reduce.call([1], function () {}, 0); })
  ];
}

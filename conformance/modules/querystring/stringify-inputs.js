// description: stringify of non-objects is empty; only own enumerable string keys count; sparse arrays give empty values; array-likes are not arrays
// expect: ["", "", "", "", "", "", "", "own=2", "s=1&s=&s=3&s=&s=&s=six", "al=", "0=x&1=y", "0=a&1=b", "g=got"]
function test() {
  var qs = require('querystring');
  var proto = { inherited: 1 };
  var o = Object.create(proto);
  o.own = 2;
  Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
  var sparse = [1, , 3];
  sparse[5] = 'six';
  var getter = {};
  Object.defineProperty(getter, 'g', { get: function () { return 'got'; }, enumerable: true });
  return [
    qs.stringify('a=1'), qs.stringify(42), qs.stringify(null), qs.stringify(undefined), qs.stringify(true),
    qs.stringify(function () {}), qs.stringify(),
    qs.stringify(o),
    qs.stringify({ s: sparse }),
    qs.stringify({ al: { length: 2, 0: 'a', 1: 'b' } }),
    qs.stringify(['x', 'y']),
    qs.stringify(Object('ab')),
    qs.stringify(getter)
  ];
}

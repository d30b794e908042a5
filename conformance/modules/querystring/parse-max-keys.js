// description: maxKeys limits the pairs read (default 1000; 0, negatives, NaN and fractions mean no limit; non-numbers are ignored); empty pieces count
// expect: [1000, 1000, 1005, 1005, 1005, 1005, 1000, 1005, {a: "1", b: "2"}, {a: "1"}, {a: "1"}, {a: ["1", "2"]}, {a: "1", b: "2"}, {a: "1", b: "2"}]
function test() {
  var qs = require('querystring');
  // Built by halves: the event heap keeps every intermediate string.
  function pairs(lo, hi) {
    if (hi - lo === 1) return 'k' + lo + '=' + lo;
    var mid = lo + ((hi - lo) >> 1);
    return pairs(lo, mid) + '&' + pairs(mid, hi);
  }
  var s = pairs(0, 1005);
  function count(o) { return Object.keys(o).length; }
  return [
    count(qs.parse(s)),
    count(qs.parse(s, null, null, {})),
    count(qs.parse(s, null, null, { maxKeys: 0 })),
    count(qs.parse(s, null, null, { maxKeys: -1 })),
    count(qs.parse(s, null, null, { maxKeys: NaN })),
    count(qs.parse(s, null, null, { maxKeys: 2.5 })),
    count(qs.parse(s, null, null, { maxKeys: '2' })),
    count(qs.parse(s, null, null, { maxKeys: Infinity })),
    qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 2 }),
    qs.parse('a=1&b=2&c=3', null, null, { maxKeys: 1 }),
    qs.parse('&&a=1&b=2', null, null, { maxKeys: 3 }),
    qs.parse('a=1&a=2&a=3', null, null, { maxKeys: 2 }),
    qs.parse('a=1&b=2', null, null, 'maxKeys'),
    qs.parse('a=1&b=2', null, null, 1)
  ];
}

// description: options.encodeURIComponent encodes every key and value, including empty ones and converted primitives; its result is converted to a string
// expect: ["[a]=[x y]&[b]=[]&[b]=[1]&[b]=[true]&[b]=[]&[]=[2.5]&[big]=[1e+21]", ["a", "x y", "b", "", "1", "true", "", "", "2.5", "big", "1e+21"], "42=42", "a=x%20y", "a=x%20y"]
function test() {
  var qs = require('querystring');
  var log = [];
  function enc(s) { log[log.length] = s; return '[' + s + ']'; }
  var r1 = qs.stringify({ a: 'x y', b: ['', 1, true, null], '': 2.5, big: 1e21 }, null, null, { encodeURIComponent: enc });
  var r2 = qs.stringify({ a: 'x' }, null, null, { encodeURIComponent: function (s) { return 42; } });
  var r3 = qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: 'nope' });
  var r5 = qs.stringify({ a: 'x y' }, null, null, { encodeURIComponent: qs.escape });
  return [r1, log, r2, r3, r5];
}

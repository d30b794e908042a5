// description: options.decodeURIComponent decodes every non-empty key and value (+ arrives as %20); a throwing decoder falls back to unescape with spaces; results need not be strings
// expect: [{"<a>": "<1>", "<b%20c>": "<d%20e>", "": "<f>", "<g>": "", "<h>": ""}, ["a", "1", "b%20c", "d%20e", "f", "g", "h"], {x: "A%zz y", "k ": "v w"}, {"2": [3, 1]}, {a: "A"}, {a: "A"}, {undefined: undefined}]
function test() {
  var qs = require('querystring');
  var log = [];
  function dec(s) { log[log.length] = s; return '<' + s + '>'; }
  var r1 = qs.parse('a=1&b+c=d+e&=f&g=&h', null, null, { decodeURIComponent: dec });
  function boom(s) { throw new Error('no'); }
  var r2 = qs.parse('x=%41%zz+y&k%20=v+w', null, null, { decodeURIComponent: boom });
  function num(s) { return s.length; }
  var r3 = qs.parse('ab=cde&ab=f', null, null, { decodeURIComponent: num });
  var r4 = qs.parse('a=%41', null, null, { decodeURIComponent: 'not a function' });
  var r5 = qs.parse('a=%41', null, null, { decodeURIComponent: qs.unescape });
  var r6 = qs.parse('a=1&a=2', null, null, { decodeURIComponent: function () { return undefined; } });
  return [r1, log, r2, r3, r4, r5, r6];
}

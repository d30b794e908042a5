// description: parse and stringify use the module's current escape and unescape, so replacing them changes both (the decoder fallback too)
// expect: ["(a)=(b)&(n)=(1)", {"{a,undefined}": "{b%41,undefined}", "{c,undefined}": "{d%20e,undefined}"}, {"{x,true}": "{%41,true}"}, "TypeError", "a=b%20c"]
function test() {
  var qs = require('querystring');
  var escape = qs.escape, unescape = qs.unescape;
  var out = [];
  try {
    qs.escape = function (s) { return '(' + s + ')'; };
    out[0] = qs.stringify({ a: 'b', n: 1 });
    qs.unescape = function (s, spaces) { return '{' + s + ',' + spaces + '}'; };
    out[1] = qs.parse('a=b%41&c=d+e');
    out[2] = qs.parse('x=%41', null, null, { decodeURIComponent: function () { throw new Error('no'); } });
    qs.unescape = 7;
    out[3] = qs.parse('a=1');
  } catch (e) {
    out[out.length] = e.name;
  } finally {
    // Node's module objects are shared by the cases of a run.
    qs.escape = escape;
    qs.unescape = unescape;
  }
  out[out.length] = qs.stringify({ a: 'b c' });
  return out;
}

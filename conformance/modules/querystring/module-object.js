// description: require('querystring') has parse, stringify, escape and unescape, with decode and encode the same functions as parse and stringify
// expect: [true, "function", "function", "function", "function", true, true, "parse", "stringify", {x: "1"}, "x=1&x=2"]
function test() {
  var qs = require('querystring');
  return [
    qs === require('querystring'),
    typeof qs.parse, typeof qs.stringify, typeof qs.escape, typeof qs.unescape,
    qs.decode === qs.parse, qs.encode === qs.stringify,
    qs.parse.name, qs.stringify.name,
    qs.decode('x=1'), qs.encode({ x: [1, 2] })
  ];
}

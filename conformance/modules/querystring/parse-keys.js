// description: parse stores keys such as __proto__, constructor, hasOwnProperty and indices as own properties, in order
// expect: [{"1": "one", "2": "two", __proto__: ["1", "5"], constructor: "2", hasOwnProperty: "3", toString: "4"}, ["1", "2", "__proto__", "constructor", "hasOwnProperty", "toString"], true, "string"]
function test() {
  var qs = require('querystring');
  var r = qs.parse('__proto__=1&constructor=2&hasOwnProperty=3&2=two&1=one&toString=4&__proto__=5');
  return [r, Object.keys(r), Object.getPrototypeOf(r) === null, typeof r.toString];
}

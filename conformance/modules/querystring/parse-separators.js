// description: custom and multi-character sep and eq; falsy ones fall back to & and =; non-strings are converted with String
// expect: [{a: ["1", "3"], b: "2"}, {a: "1", b: "2", c: ""}, {a: "1", b: "2"}, {a: "1", b: "", "c=": ""}, {a: "1", b: "2"}, {a: "1", b: "2"}, {a0: "", "0b": ""}, {a: "", "": "2b", y: ""}, {a: "1", "&b": "2"}, {a: "", b: "", c: ""}, {aXXYb: ""}, {k: "v"}, {k: "", v: ""}]
function test() {
  var qs = require('querystring');
  return [
    qs.parse('a:1;b:2;a:3', ';', ':'),
    qs.parse('a=>1&&b=>2&&c', '&&', '=>'),
    qs.parse('a=1&&b=2', '&&'),
    qs.parse('a=>1&b=>&c=', null, '=>'),
    qs.parse('a=1&b=2', '', ''),
    qs.parse('a=1&b=2', 0, false),
    qs.parse('a010b1', 0 + 1, 0),
    qs.parse('a1x2b1y', 1, 'x'),
    qs.parse('a=1&&=&b=2', '&&='),
    qs.parse('aXYbXYcXY', 'XY'),
    qs.parse('aXXYb', 'XY'),
    qs.parse('k==v', '&', '=='),
    qs.parse('k=v', { toString: function () { return '='; } })
  ];
}

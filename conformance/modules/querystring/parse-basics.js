// description: parse splits on & and =, repeated keys make arrays, + is a space, escapes are decoded; the result has no prototype
// expect: [{name: "value", abc: ["xyz", "123"]}, true, {a: ["1", "2", "3", "5"], b: "4"}, {"a b": "c d", "e f": "g+h"}, {a: "b=c", d: "=e"}, {key: "", key2: "", "": ["value", ""], x: ""}, {a: "1", b: "2"}, {a: ""}, {"": ""}, {"": "x"}, {"%": ""}, {"café": "€", "😀": "1"}, {a: "AB", b: "%4"}, {"é": "€", "😀": "�"}]
function test() {
  var qs = require('querystring');
  var r = qs.parse('name=value&abc=xyz&abc=123');
  return [
    r,
    Object.getPrototypeOf(r) === null,
    qs.parse('a=1&a=2&a=3&b=4&a=5'),
    qs.parse('a+b=c+d&e%20f=g%2Bh'),
    qs.parse('a=b=c&d==e'),
    qs.parse('key&key2=&=value&=&&&x'),
    qs.parse('&&a=1&&b=2&&'),
    qs.parse('a'),
    qs.parse('='),
    qs.parse('=x'),
    qs.parse('%'),
    qs.parse('caf%C3%A9=%E2%82%AC&%F0%9F%98%80=1'),
    qs.parse('a=%41%42&b=%4'),
    qs.parse('\u00e9=\u20ac&\ud83d\ude00=\ud800')
  ];
}

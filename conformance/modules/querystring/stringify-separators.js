// description: stringify with custom sep and eq; falsy ones fall back to & and =; others are converted as by string concatenation
// expect: ["a:1;b:2;b:3;c:", "a=>1&&b=>2&&b=>3&&c=>", "a=1&b=2&b=3&c=", "a=1&b=2&b=3&c=", "atrue15btrue25btrue35ctrue", "a=1|b=2|b=3|c="]
function test() {
  var qs = require('querystring');
  var obj = { a: '1', b: ['2', '3'], c: '' };
  return [
    qs.stringify(obj, ';', ':'),
    qs.stringify(obj, '&&', '=>'),
    qs.stringify(obj, '', ''),
    qs.stringify(obj, null, 0),
    qs.stringify(obj, 5, true),
    qs.stringify(obj, { valueOf: function () { return '|'; }, toString: function () { return 'T'; } })
  ];
}

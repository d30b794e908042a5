// description: escape percent-encodes UTF-8 except A-Z a-z 0-9 - _ . ! ~ * ' ( ); a surrogate takes the next unit as its pair; non-strings are converted
// expect: ["%20!%22%23%24%25%26'()*%2B%2C-.%2F0123456789%3A%3B%3C%3D%3E%3F%40ABCDEFGHIJKLMNOPQRSTUVWXYZ%5B%5C%5D%5E_%60abcdefghijklmnopqrstuvwxyz%7B%7C%7D~%7F", "%00%01%09%0A%0D", "%C2%80%C3%BF%C4%80%DF%BF%E0%A0%80%E2%82%AC%ED%9F%BF%EE%80%80%EF%BF%BF", "%F0%9F%98%80%F4%8F%BF%BF", "%F0%90%81%A1", "%F0%90%80%80", URIError: URI malformed, URIError: URI malformed, "", "12.5", "true", "null", "undefined", "undefined", "a%20b", 1, 2, 4, 4]
function test() {
  var qs = require('querystring');
  function attempt(f) { try { return f(); } catch (e) { return e; } }
  return [
    qs.escape(' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007f'),
    qs.escape('\u0000\u0001\t\n\r'),
    qs.escape('\u0080\u00ff\u0100\u07ff\u0800\u20ac\ud7ff\ue000\uffff'),
    qs.escape('\ud83d\ude00\udbff\udfff'),
    qs.escape('\ud800a'),
    qs.escape('\udc00\udc00'),
    attempt(function () { return qs.escape('a\ud800'); }),
    attempt(function () { return qs.escape('\udc00'); }),
    qs.escape(''),
    qs.escape(12.5), qs.escape(true), qs.escape(null), qs.escape(undefined), qs.escape(),
    qs.escape({ toString: function () { return 'a b'; }, valueOf: function () { return 'v w'; } }),
    qs.escape.length, qs.unescape.length, qs.parse.length, qs.stringify.length
  ];
}

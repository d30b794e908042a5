// description: JSON.parse of source text with a unit past U+00FF (the heap keeps it as UTF-16): strings without an escape are taken as they are, wide, Latin-1 or ASCII, strings with escapes are decoded, raw surrogate pairs and lone surrogates survive, index keys, repeated keys and "__proto__" behave as in one-byte text, numbers round the same, long strings keep every unit, and error positions count UTF-16 code units (a character past U+FFFF counts two)
// expect: [{sub: "user-42", exp: 4102444800, n: "世"}, {name: "José", city: "São Paulo", w: "世界", "€": "ÿ"}, ["café", "世界", "a\nb", "\"q\"", "", "é\t世", "/", "😀"], [55296, 120, 19990, 124, 55296, 124, 56320, 8364, 124, 56832, 55357], ["0", "1", "4294967294", "4294967295", "01", "-0"], ["g", "f", "世", "c", "d", "e"], ["a", "b", "__proto__", "c世", "é"], [3, 2, 4, 6, 7], true, [0, -0, 7, -7, 123456789012345, -999999999999999, 1234567890123456, 9007199254740992, 12345678901234567000, 0.1, 1e+21, 1.5e-7, -2500, 4102444800, 100000000000000000000, -0, "世"], {iss: "https://auth.example.com/", roles: ["admin", 3, true, null, {}], nested: {a: [[], [1.5, "世"]]}}, [5001, 19990, 10, 120, 5000, 8364, 1], "{\"k\":\"世\",\"n\":[1,2]}", "SyntaxError: Unterminated string in JSON at position 5", "SyntaxError: Bad escaped character in JSON at position 3", "SyntaxError: Bad Unicode escape in JSON at position 7", "SyntaxError: Bad control character in string literal in JSON at position 3", "SyntaxError: Bad escaped character in JSON at position 13", "SyntaxError: Unterminated string in JSON at position 10", "SyntaxError: Unexpected end of JSON input", "SyntaxError: Expected ':' after property name in JSON at position 6", "SyntaxError: Unexpected token '世', \"世\" is not valid JSON", "SyntaxError: Unexpected token '世', \"\"\\世\"\" is not valid JSON", "SyntaxError: Unexpected token 'x', ...\"\"世世世世世世\", x, \"世世世世世世\"... is not valid JSON", "SyntaxError: Unexpected token 'x', ...\"\"😀😀😀\", x, \"😀😀😀\"... is not valid JSON", "SyntaxError: Expected ',' or '}' after property value in JSON at position 7", "SyntaxError: Unterminated string in JSON at position 5004", "SyntaxError: Expected ',' or ']' after array element in JSON at position 5", "SyntaxError: Unexpected token '世', \"[tr世e]\" is not valid JSON"]
function test() {
  function attempt(text) {
    try {
      return JSON.parse(text);
    } catch (e) {
      return e.name + ': ' + e.message;
    }
  }
  function codes(s) {
    var out = [];
    for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
    return out;
  }
  var indexKeys = JSON.parse('{"0":"a","4294967294":"\u4e16","4294967295":"c","01":"d","-0":"e","1":"f","0":"g"}');
  var dup = JSON.parse('{"a":1,"b":2,"a":3,"__proto__":4,"c\\u4e16":5,"c\u4e16":6,"\u00e9":7}');
  var numbers = JSON.parse('[0,-0,7,-7,123456789012345,-999999999999999,1234567890123456,9007199254740993,' +
    '12345678901234567890,0.1,1e21,1.5e-7,-2.5E+3,4102444800,100000000000000000000,-0.0,"\u4e16"]');
  var long = '\u4e16'.repeat(2500) + '\\n' + 'x'.repeat(2500);
  var parsedLong = JSON.parse('["' + long + '","' + '\u20ac'.repeat(5000) + '"]');
  var asKey = JSON.parse('{"' + long + '":1}');
  var built = '{"k":"' + String.fromCharCode(0x4e16) + '","n":[1' + ',2]}';
  return [
    JSON.parse('{"sub":"user-42","exp":4102444800,"n":"\u4e16"}'),
    JSON.parse('{"name":"Jos\u00e9","city":"S\u00e3o Paulo","w":"\u4e16\u754c","\u20ac":"\u00ff"}'),
    JSON.parse('["caf\\u00e9","\u4e16\\u754c","a\\nb","\\"q\\"","","\u00e9\\t\u4e16","\\/","\ud83d\ude00"]'),
    codes(JSON.parse('["\\ud800x\u4e16","\ud800","\\uDC00\u20ac","\ude00\ud83d"]').join('|')),
    Object.keys(indexKeys), Object.keys(indexKeys).map(function (k) { return indexKeys[k]; }),
    Object.keys(dup), Object.keys(dup).map(function (k) { return dup[k]; }),
    Object.getPrototypeOf(dup) === Object.prototype,
    numbers,
    JSON.parse('{"iss":"https://auth.example.com/","roles":["admin",3,true,null,{}],"nested":{"a":[[],[1.5,"\u4e16"]]}}'),
    [parsedLong[0].length, parsedLong[0].charCodeAt(2499), parsedLong[0].charCodeAt(2500),
      parsedLong[0].charCodeAt(2501), parsedLong[1].length, parsedLong[1].charCodeAt(4999), asKey[long.replace('\\n', '\n')]],
    JSON.stringify(JSON.parse(built)),
    attempt('"abc\u4e16'),
    attempt('"\u4e16\\x"'),
    attempt('"\ud83d\ude00\\u12G4"'),
    attempt('"\u4e16a\u0001"'),
    attempt('{"k\u4e16":"v","\u00e9\\q":1}'),
    attempt('{"a":"b\u4e16c}'),
    attempt('"\u4e16\\'),
    attempt('{"\u4e16\u00e9" 1}'),
    attempt('\u4e16'),
    attempt('"\\\u4e16"'),
    attempt('["\u4e16\u4e16\u4e16\u4e16\u4e16\u4e16", x, "\u4e16\u4e16\u4e16\u4e16\u4e16\u4e16"]'),
    attempt('["\ud83d\ude00\ud83d\ude00\ud83d\ude00", x, "\ud83d\ude00\ud83d\ude00\ud83d\ude00"]'),
    attempt('{"a":1 "\u4e16":2}'),
    attempt('["' + '\u4e16'.repeat(5000) + '\\n'),
    attempt('[1, 2\u4e16]'),
    attempt('[tr\u4e16e]'),
  ];
}

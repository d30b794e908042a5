// description: JSON.parse of one-byte source text (every unit below U+0100, as literals, concatenations and JWT payloads are): strings without an escape are taken as they are, ASCII or Latin-1 (é, ÿ, U+00A0), strings with escapes are decoded (to units past Latin-1 and lone surrogates too), "0" and "4294967294" are index keys while "4294967295", "01" and "-0" are names, a repeated key keeps its first position and its last value, "__proto__" is an own key, integers and fractions round as StringToNumber does, long strings keep every unit, and errors inside strings and keys name their positions
// expect: [{sub: "user-42", exp: 4102444800}, {name: "José", city: "São Paulo", y: "ÿ "}, ["café", "世界", "a\nb", "\"q\"", "", "é\té", "/"], [2, 55296, 56320], ["0", "1", "4294967294", "4294967295", "01", "-0"], ["g", "f", "b", "c", "d", "e"], ["a", "b", "__proto__", "cé"], [3, 2, 4, 6], true, [0, -0, 7, -7, 123456789012345, -999999999999999, 1234567890123456, 9007199254740992, 12345678901234567000, 0.1, 1e+21, 1.5e-7, -2500, 4102444800, 100000000000000000000, -0], {iss: "https://auth.example.com/", roles: ["admin", 3, true, null, {}], nested: {a: [[], [1.5]]}}, [5001, 120, 10, 120, 5000, 1], "{\"k\":\"é\",\"n\":[1,2]}", "SyntaxError: Unterminated string in JSON at position 5", "SyntaxError: Bad escaped character in JSON at position 3", "SyntaxError: Bad Unicode escape in JSON at position 6", "SyntaxError: Bad control character in string literal in JSON at position 3", "SyntaxError: Bad escaped character in JSON at position 13", "SyntaxError: Unterminated string in JSON at position 10", "SyntaxError: Unexpected end of JSON input", "SyntaxError: Expected ':' after property name in JSON at position 6", "SyntaxError: Unexpected token 'é', \"é\" is not valid JSON", "SyntaxError: Unexpected token 'x', ...\"\"éééééé\", x, \"éééééé\"... is not valid JSON", "SyntaxError: Expected ',' or '}' after property value in JSON at position 7", "SyntaxError: Unterminated string in JSON at position 5004"]
function test() {
  function attempt(text) {
    try {
      return JSON.parse(text);
    } catch (e) {
      return e.name + ': ' + e.message;
    }
  }
  var indexKeys = JSON.parse('{"0":"a","4294967294":"b","4294967295":"c","01":"d","-0":"e","1":"f","0":"g"}');
  var dup = JSON.parse('{"a":1,"b":2,"a":3,"__proto__":4,"c\\u00e9":5,"c\u00e9":6}');
  var numbers = JSON.parse('[0,-0,7,-7,123456789012345,-999999999999999,1234567890123456,9007199254740993,' +
    '12345678901234567890,0.1,1e21,1.5e-7,-2.5E+3,4102444800,100000000000000000000,-0.0]');
  var long = 'x'.repeat(2500) + '\\n' + 'x'.repeat(2500);
  var parsedLong = JSON.parse('["' + long + '","' + 'x'.repeat(5000) + '"]');
  var asKey = JSON.parse('{"' + long + '":1}');
  var built = '{"k":"' + String.fromCharCode(233) + '","n":[1' + ',2]}';
  return [
    JSON.parse('{"sub":"user-42","exp":4102444800}'),
    JSON.parse('{"name":"Jos\u00e9","city":"S\u00e3o Paulo","y":"\u00ff\u00a0"}'),
    JSON.parse('["caf\\u00e9","\\u4e16\\u754c","a\\nb","\\"q\\"","","\u00e9\\t\u00e9","\\/"]'),
    [JSON.parse('"\\ud800x"').length, JSON.parse('"\\ud800x"').charCodeAt(0), JSON.parse('"\\uDC00"').charCodeAt(0)],
    Object.keys(indexKeys), Object.keys(indexKeys).map(function (k) { return indexKeys[k]; }),
    Object.keys(dup), Object.keys(dup).map(function (k) { return dup[k]; }),
    Object.getPrototypeOf(dup) === Object.prototype,
    numbers,
    JSON.parse('{"iss":"https://auth.example.com/","roles":["admin",3,true,null,{}],"nested":{"a":[[],[1.5]]}}'),
    [parsedLong[0].length, parsedLong[0].charCodeAt(2499), parsedLong[0].charCodeAt(2500),
      parsedLong[0].charCodeAt(2501), parsedLong[1].length, asKey[long.replace('\\n', '\n')]],
    JSON.stringify(JSON.parse(built)),
    attempt('"abc\u00e9'),
    attempt('"\u00e9\\x"'),
    attempt('"\u00e9\\u12G4"'),
    attempt('"\u00e9a\u0001"'),
    attempt('{"k\u00e9":"v","\u00e9\\q":1}'),
    attempt('{"a":"b\u00e9c}'),
    attempt('"\\'),
    attempt('{"\u00e9\u00e9" 1}'),
    attempt('\u00e9'),
    attempt('["\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9", x, "\u00e9\u00e9\u00e9\u00e9\u00e9\u00e9"]'),
    attempt('{"a":1 "\u00e9":2}'),
    attempt('["' + 'x'.repeat(5000) + '\\n'),
  ];
}

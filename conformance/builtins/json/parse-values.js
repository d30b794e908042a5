// description: JSON.parse builds every kind of value: literals, numbers (signs, fractions, exponents, -0, overflow to Infinity, underflow to 0, correct rounding), strings with every escape, nested arrays and objects, surrounding JSON white space
// expect: [null, true, false, 0, -0, 123, -123.456, 1000, 1000, 0.001, 0.025, 5, Infinity, -Infinity, 0, -0, 0.1, 9007199254740992, 1.2345678901234568e+29, 2.225073858507201e-308, 1.7976931348623157e+308, "", "abc", "\"\\/\u0008\u000c\n\r\t", "Aé€😀", "é€😀", 2, [], {}, [[], {}, [[]], {a: {}}], [1, "two", true, null, {k: [false]}], {a: 1, b: [2, 3], c: {d: "e"}}]
function test() {
  return [
    JSON.parse('null'), JSON.parse('true'), JSON.parse('false'),
    JSON.parse('0'), JSON.parse('-0'), JSON.parse('123'), JSON.parse('-123.456'),
    JSON.parse('1e3'), JSON.parse('1E+3'), JSON.parse('1e-3'), JSON.parse('2.5E-2'), JSON.parse('0.5e1'),
    JSON.parse('1e400'), JSON.parse('-1e400'), JSON.parse('1e-400'), JSON.parse('-1e-400'),
    JSON.parse('0.1'), JSON.parse('9007199254740993'), JSON.parse('123456789012345678901234567890'),
    JSON.parse('2.2250738585072011e-308'), JSON.parse('1.7976931348623157e308'),
    JSON.parse('""'), JSON.parse('"abc"'), JSON.parse('"\\"\\\\\\/\\b\\f\\n\\r\\t"'),
    JSON.parse('"\\u0041\\u00e9\\u20AC\\ud83d\\ude00"'),
    JSON.parse('"é€😀"'), JSON.parse('"\u2028\u2029"').length,
    JSON.parse('[]'), JSON.parse('{}'), JSON.parse('[[], {}, [[]], {"a": {}}]'),
    JSON.parse(' \t\n\r[ 1 , "two" , true , null , { "k" : [ false ] } ] \r\n\t '),
    JSON.parse('{"a":1,"b":[2,3],"c":{"d":"e"}}')
  ];
}

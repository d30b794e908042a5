// description: decimal strings are rounded correctly, including long digit strings, underflow to (-)0 and overflow to Infinity
// expect: [9007199254740992, 9007199254740996, 9007199254740994, 0.1, 0.30000000000000004, 2.225073858507201e-308, 2.2250738585072014e-308, 5e-324, 0, 5e-324, 1.7976931348623157e+308, 1.7976931348623157e+308, Infinity, Infinity, 0, 5, 0, -0, Infinity, -Infinity, 1.2345678901234568e+29, 1e+21, 1e-7]
function test() {
  var zeros = '';
  for (var i = 0; i < 400; i++) zeros += '0';
  return [
    Number('9007199254740993'), Number('9007199254740995'), Number('9007199254740993.0000000000000000001'),
    Number('0.1'), Number('0.30000000000000004'), Number('2.2250738585072011e-308'), Number('2.2250738585072012e-308'),
    Number('4.9406564584124654e-324'), Number('2.4703282292062327e-324'), Number('2.4703282292062328e-324'),
    Number('1.7976931348623157e308'), Number('1.7976931348623158e308'), Number('1.7976931348623159e308'),
    Number('1' + zeros), Number('0.' + zeros + '1'), Number(zeros + '5'), Number('1e-400'), Number('-1e-400'),
    Number('1e400'), Number('-1e400'), Number('123456789012345678901234567890'), Number('1e21'), Number('1e-7')
  ];
}

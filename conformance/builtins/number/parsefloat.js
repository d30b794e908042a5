// description: parseFloat takes the longest StrDecimalLiteral prefix (no hex, no separators), Infinity, and -0
// expect: [3.14, 3.14, -0.5, 0.5, 5, NaN, NaN, NaN, NaN, NaN, 100000, 1, 1, 1, 100000, 100, 100000, -0, -0, 0, 0, 1, Infinity, -Infinity, Infinity, NaN, NaN, NaN, 0, -0, Infinity, 1e-7, 0.1, NaN, 9007199254740992, 2.225073858507201e-308, 12.34, 7, 1e+21, 0, NaN, NaN, NaN, NaN, NaN, 1, "parseFloat", true, true]
function test() {
  return [
    parseFloat('3.14'), parseFloat('  3.14abc'), parseFloat('\u3000\uFEFF-.5'), parseFloat('.5'), parseFloat('5.'),
    parseFloat('.'), parseFloat('-.'), parseFloat('-'), parseFloat(''), parseFloat('e5'), parseFloat('1e5'), parseFloat('1e'),
    parseFloat('1e+'), parseFloat('1e-'), parseFloat('1.e5'), parseFloat('1E+2x'), parseFloat('1e5.5'), parseFloat('-0'),
    parseFloat('-0.0e10'), parseFloat('0x10'), parseFloat('0b1'), parseFloat('1_000'), parseFloat('Infinity'),
    parseFloat('-Infinityx'), parseFloat('+Infinity'), parseFloat('Infinit'), parseFloat('infinity'), parseFloat('NaN'),
    parseFloat('1e-400'), parseFloat('-1e-400'), parseFloat('1e400'), parseFloat('0.1e-6'), parseFloat('+.1'), parseFloat('++1'),
    parseFloat('9007199254740993'), parseFloat('2.2250738585072011e-308'), parseFloat('12.34.56'), parseFloat(' \n 7 '),
    parseFloat(1e21), parseFloat(-0), parseFloat(null), parseFloat(undefined), parseFloat(true), parseFloat('\u180E1'),
    parseFloat('１'), parseFloat.length, parseFloat.name, Number.parseFloat === parseFloat, Number.parseInt === parseInt
  ];
}

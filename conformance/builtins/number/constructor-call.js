// description: Number(value) is ToNumber: primitives, the string grammar (signs, hex/octal/binary, Infinity, exponents) and objects
// expect: [0, NaN, 0, 1, 0, -0, 42.5, 0, 0, 12, 31, 31, 15, 15, 5, 3, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 1000, 0.001, 1000, 0.5, 5, -0.5, 5, -0, 0, 7, 1e-7, Infinity, -Infinity, Infinity, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 32, 8, 9, 3]
function test() {
  return [
    Number(), Number(undefined), Number(null), Number(true), Number(false), Number(-0), Number(42.5),
    Number(''), Number('   '), Number(' 12 '), Number('0x1F'), Number('0X1f'), Number('0o17'), Number('0O17'),
    Number('0b101'), Number('0B11'), Number('0x'), Number('0b2'), Number('0o8'), Number('-0x10'), Number('+0x10'),
    Number('0x1.5'), Number('00x1'), Number('1e3'), Number('1E-3'), Number('1e+3'), Number('.5'), Number('5.'),
    Number('-.5'), Number('+5'), Number('-0'), Number('+0'), Number('007'), Number('0.0000001'), Number('Infinity'),
    Number('-Infinity'), Number('+Infinity'), Number('infinity'), Number('INFINITY'), Number('Infinityx'), Number('1_000'),
    Number('12px'), Number('1e'), Number('1e+'), Number('--1'), Number('.'), Number('e5'), Number('1.2.3'), Number('+-1'),
    Number('NaN'), Number('0x10n'), Number('1 2'), Number('\u0661'),
    Number({}), Number(function () {}),
    Number({ valueOf: function () { return '0x20' } }), Number({ toString: function () { return ' 8 ' } }),
    Number({ valueOf: function () { return {} }, toString: function () { return '9' } }),
    Number(new Number(3))
  ];
}

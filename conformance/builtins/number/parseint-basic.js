// description: parseInt: leading white space, sign, 0x prefix, longest digit prefix, -0, NaN when no digits
// expect: [42, 42, -17, 31, -31, NaN, NaN, NaN, -0, -0, 0, NaN, NaN, NaN, NaN, 1, 0, 8, 1, -1, NaN, NaN, NaN, NaN, 10, 0, 0, 1, 12, NaN, 12, NaN, NaN, NaN, NaN, NaN, NaN, -15, 123]
function test() {
  return [
    parseInt('42'), parseInt('  42abc'), parseInt('\u00A0\uFEFF\u2028 -17.9'), parseInt('+0x1F'), parseInt('-0X1f'),
    parseInt('0x'), parseInt('0xg'), parseInt('0x-1'), parseInt('-0'), parseInt('-0x0'), parseInt('0'), parseInt('-'),
    parseInt(''), parseInt('   '), parseInt('abc'), parseInt('1e3'), parseInt('0.00000008'), parseInt(0.00000008),
    parseInt(1e21), parseInt(-1e21), parseInt('Infinity'), parseInt(Infinity), parseInt(null), parseInt(undefined),
    parseInt('010'), parseInt('0o10'), parseInt('0b10'), parseInt('1_000'), parseInt('  \t\n 12  '), parseInt('\u180E12'),
    parseInt('00000000000000000000000000000000000000000000000012'), parseInt('--1'), parseInt('+-1'), parseInt(' +  1'),
    parseInt('\u0661'), parseInt('９'), parseInt(true), parseInt(-15.99), parseInt('123', undefined)
  ];
}

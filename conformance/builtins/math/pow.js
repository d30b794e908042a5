// description: Math.pow's special cases (NaN exponent, ±1 ** ±Infinity, zeros and infinities with odd/even exponents) and exact powers
// expect: [1, 1, NaN, NaN, NaN, NaN, NaN, NaN, 0, Infinity, Infinity, 0, Infinity, Infinity, 0, -Infinity, Infinity, -0, 0, Infinity, 0, Infinity, -0, 0, -Infinity, Infinity, 0, Infinity, NaN, NaN, 1024, 5e-324, 8.98846567431158e+307, Infinity, 0, -8, 1e+22, 205891132094649, 0.125, 2, 3, Infinity, 0, 1, NaN, 8, NaN, NaN, true]
function test() {
  return [
    Math.pow(NaN, 0), Math.pow(NaN, -0), Math.pow(1, NaN), Math.pow(NaN, 1), Math.pow(1, Infinity), Math.pow(-1, Infinity),
    Math.pow(1, -Infinity), Math.pow(-1, -Infinity), Math.pow(0.5, Infinity), Math.pow(0.5, -Infinity), Math.pow(2, Infinity),
    Math.pow(2, -Infinity), Math.pow(-2, Infinity), Math.pow(Infinity, 1), Math.pow(Infinity, -1), Math.pow(-Infinity, 3),
    Math.pow(-Infinity, 2), Math.pow(-Infinity, -3), Math.pow(-Infinity, -2), Math.pow(-Infinity, 0.5), Math.pow(0, 1),
    Math.pow(0, -1), Math.pow(-0, 3), Math.pow(-0, 2), Math.pow(-0, -3), Math.pow(-0, -2), Math.pow(-0, 0.5), Math.pow(-0, -0.5),
    Math.pow(-8, 1 / 3), Math.pow(-2, 0.5), Math.pow(2, 10), Math.pow(2, -1074), Math.pow(2, 1023), Math.pow(2, 1024),
    Math.pow(2, -1075), Math.pow(-2, 3), Math.pow(10, 22), Math.pow(3, 30), Math.pow(0.5, 3), Math.pow(4, 0.5), Math.pow(9, 0.5),
    Math.pow(1e308, 2), Math.pow(1e-308, 2), Math.pow(-1, 1e300), Math.pow(-1, 0.5), Math.pow('2', '3'), Math.pow(),
    Math.pow(2), 2 ** 0.5 === Math.pow(2, 0.5)
  ];
}

// description: the transcendental functions at ordinary arguments where every libm rounds the same way (exact or far from a tie)
// expect: [0.8414709848078965, 0.479425538604203, 0.49999999999999994, 0.5403023058681398, -1, 1.5574077246549023, 0.9999999999999999, 0.5235987755982989, 1.5707963267948966, 1.0471975511965979, 3.141592653589793, 0.7853981633974483, -0.4636476090008061, 0.7853981633974483, -2.356194490192345, 2.718281828459045, 0.36787944117144233, 22026.465794806718, 2.302585092994046, 1, 0.6931471805599453, 3, 0.3010299956639812, -300, 3, 1.584962500721156, -1074, 9.999999999500001e-11, 0.6931471805599453, 1.00000000005e-10, 1.718281828459045, 3, -2, 1.2599210498948732, 1e+100, 1.1752011936438014, 1.5430806348152437, 0.46211715726000974, 0.881373587019543, -1e-10, 691.4686750787736, 1.3169578969248166, 691.4686750787736, 0.5493061443340548, -1e-10, 1e-300, -1e-300, 1e-300, 1, 1]
function test() {
  return [
    Math.sin(1), Math.sin(0.5), Math.sin(Math.PI / 6), Math.cos(1), Math.cos(Math.PI), Math.tan(1), Math.tan(Math.PI / 4),
    Math.asin(0.5), Math.asin(1), Math.acos(0.5), Math.acos(-1), Math.atan(1), Math.atan(-0.5), Math.atan2(1, 1), Math.atan2(-1, -1),
    Math.exp(1), Math.exp(-1), Math.exp(10), Math.log(10), Math.log(Math.E), Math.log(2), Math.log10(1000), Math.log10(2),
    Math.log10(1e-300), Math.log2(8), Math.log2(3), Math.log2(2 ** -1074), Math.log1p(1e-10), Math.log1p(1), Math.expm1(1e-10),
    Math.expm1(1), Math.cbrt(27), Math.cbrt(-8), Math.cbrt(2), Math.cbrt(1e300), Math.sinh(1), Math.cosh(1), Math.tanh(0.5),
    Math.asinh(1), Math.asinh(-1e-10), Math.asinh(1e300), Math.acosh(2), Math.acosh(1e300), Math.atanh(0.5), Math.atanh(-1e-10),
    Math.sin(1e-300), Math.tan(-1e-300), Math.sinh(1e-300), Math.cos(1e-300), Math.exp(1e-300)
  ];
}

// description: Math.max and Math.min: no arguments, NaN anywhere, +0 above -0, strings and mixed types
// expect: [-Infinity, Infinity, 1, 3, 1, -1, -2, 0, 0, -0, -0, -0, 0, NaN, NaN, NaN, NaN, NaN, 10, 9, 0, NaN, 1, -1e+308, 1e+308, 5e-324, -5e-324]
function test() {
  return [
    Math.max(), Math.min(), Math.max(1), Math.max(1, 2, 3), Math.min(1, 2, 3), Math.max(-1, -2), Math.min(-1, -2),
    Math.max(0, -0), Math.max(-0, 0), Math.min(0, -0), Math.min(-0, 0), Math.max(-0, -0), Math.min(0, 0),
    Math.max(1, NaN, 3), Math.min(NaN, 1), Math.max(NaN), Math.max(Infinity, NaN), Math.min(-Infinity, NaN),
    Math.max('10', 9), Math.min('10', '9'), Math.max(null, -1), Math.min(undefined, 1), Math.max(true, false),
    Math.max(-Infinity, -1e308), Math.min(Infinity, 1e308), Math.max(5e-324, 0), Math.min(-5e-324, -0)
  ];
}

// description: Math.pow is correctly rounded here (the C library's pow, as njs uses); V8's own pow is off by one ulp on these
// expect: [0.00001, 0.7071067811865476, 2.8284271247461903, 0.00032, 0.0001, 1e-20, 0.02040816326530612, 13780.61233982238, 0.1767766952966369, true, true]
function test() {
  return [Math.pow(10, -5), Math.pow(2, -0.5), Math.pow(2, 1.5), Math.pow(5, -5), Math.pow(100, -2), Math.pow(10, -20),
    Math.pow(7, -2), Math.pow(1.1, 100), Math.pow(0.5, 2.5), Math.pow(2, -0.5) === Math.SQRT1_2, 10 ** -5 === Math.pow(10, -5)];
}

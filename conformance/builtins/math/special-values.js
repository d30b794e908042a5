// description: the transcendental functions at NaN, ±0, ±Infinity and the ends of their domains
// expect: [[["acos", NaN, 1.5707963267948966, 1.5707963267948966, NaN, NaN, 0, 3.141592653589793, NaN, NaN], ["acosh", NaN, NaN, NaN, Infinity, NaN, 0, NaN, 1.3169578969248166, NaN], ["asin", NaN, 0, -0, NaN, NaN, 1.5707963267948966, -1.5707963267948966, NaN, NaN], ["asinh", NaN, 0, -0, Infinity, -Infinity, 0.881373587019543, -0.881373587019543, 1.4436354751788103, -1.4436354751788103], ["atan", NaN, 0, -0, 1.5707963267948966, -1.5707963267948966, 0.7853981633974483, -0.7853981633974483, 1.1071487177940904, -1.1071487177940904], ["atanh", NaN, 0, -0, NaN, NaN, Infinity, -Infinity, NaN, NaN], ["cbrt", NaN, 0, -0, Infinity, -Infinity, 1, -1, 1.2599210498948732, -1.2599210498948732], ["cos", NaN, 1, 1, NaN, NaN, 0.5403023058681398, 0.5403023058681398, -0.4161468365471424, -0.4161468365471424], ["cosh", NaN, 1, 1, Infinity, Infinity, 1.5430806348152437, 1.5430806348152437, 3.7621956910836314, 3.7621956910836314], ["exp", NaN, 1, 1, Infinity, 0, 2.718281828459045, 0.36787944117144233, 7.38905609893065, 0.1353352832366127], ["expm1", NaN, 0, -0, Infinity, -1, 1.718281828459045, -0.6321205588285577, 6.38905609893065, -0.8646647167633873], ["log", NaN, -Infinity, -Infinity, Infinity, NaN, 0, NaN, 0.6931471805599453, NaN], ["log1p", NaN, 0, -0, Infinity, NaN, 0.6931471805599453, -Infinity, 1.0986122886681096, NaN], ["log10", NaN, -Infinity, -Infinity, Infinity, NaN, 0, NaN, 0.3010299956639812, NaN], ["log2", NaN, -Infinity, -Infinity, Infinity, NaN, 0, NaN, 1, NaN], ["sin", NaN, 0, -0, NaN, NaN, 0.8414709848078965, -0.8414709848078965, 0.9092974268256817, -0.9092974268256817], ["sinh", NaN, 0, -0, Infinity, -Infinity, 1.1752011936438014, -1.1752011936438014, 3.626860407847019, -3.626860407847019], ["tan", NaN, 0, -0, NaN, NaN, 1.5574077246549023, -1.5574077246549023, -2.185039863261519, 2.185039863261519], ["tanh", NaN, 0, -0, 1, -1, 0.7615941559557649, -0.7615941559557649, 0.9640275800758169, -0.9640275800758169]], 0, -0, 3.141592653589793, -3.141592653589793, 1.5707963267948966, -1.5707963267948966, 0.7853981633974483, -2.356194490192345, 0, -3.141592653589793, NaN, NaN, Infinity, 0, -1, NaN, Infinity, -Infinity, 1, -1, NaN, NaN, NaN, -744.4400719213812]
function test() {
  var names = ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cbrt', 'cos', 'cosh', 'exp', 'expm1', 'log', 'log1p', 'log10',
    'log2', 'sin', 'sinh', 'tan', 'tanh'];
  var v = [NaN, 0, -0, Infinity, -Infinity, 1, -1, 2, -2];
  var out = [];
  for (var i = 0; i < names.length; i++) {
    var row = [names[i]];
    for (var j = 0; j < v.length; j++) row[j + 1] = Math[names[i]](v[j]);
    out[i] = row;
  }
  return [out, Math.atan2(0, 0), Math.atan2(-0, 0), Math.atan2(0, -0), Math.atan2(-0, -0), Math.atan2(1, 0), Math.atan2(-1, -0),
    Math.atan2(Infinity, Infinity), Math.atan2(-Infinity, -Infinity), Math.atan2(1, Infinity), Math.atan2(-1, -Infinity),
    Math.atan2(NaN, 1), Math.atan2(1, NaN), Math.exp(710), Math.exp(-746), Math.expm1(-1000), Math.log1p(-2), Math.cosh(-1000),
    Math.sinh(-1000), Math.tanh(1000), Math.tanh(-1000), Math.acosh(0.5), Math.atanh(1.5), Math.log(-1e-300), Math.log(5e-324)];
}

// description: Number.isFinite, isInteger, isNaN and isSafeInteger: no coercion, exact boundaries
// expect: [[[true, true, false, true], [true, true, false, true], [true, true, false, true], [true, true, false, true], [true, false, false, false], [true, false, false, false], [false, false, true, false], [false, false, false, false], [false, false, false, false], [true, true, false, true], [true, true, false, false], [true, true, false, true], [true, true, false, false], [true, true, false, false], [true, false, false, false], [true, true, false, false], [false, false, false, false], [false, false, false, false], [false, false, false, false], [false, false, false, false], [false, false, false, false], [false, false, false, false], [false, false, false, false], [false, false, false, false], [false, false, false, false], [false, false, false, false]], false, false, 1, "isSafeInteger", false, false]
function test() {
  var values = [0, -0, 1, -1, 1.5, -1.5, NaN, Infinity, -Infinity, 9007199254740991, 9007199254740992, -9007199254740991,
    -9007199254740992, 1e21, 5e-324, Number.MAX_VALUE, '5', '', 'NaN', null, undefined, true, new Number(5), new Number(NaN), {}, [2]];
  var rows = [];
  for (var i = 0; i < values.length; i++) {
    var v = values[i];
    rows[i] = [Number.isFinite(v), Number.isInteger(v), Number.isNaN(v), Number.isSafeInteger(v)];
  }
  return [rows, Number.isFinite(), Number.isNaN(), Number.isInteger.length, Number.isSafeInteger.name,
    Number.isFinite === isFinite, Number.isNaN === isNaN];
}

// description: Math's eight constants: values and attributes (not writable, not enumerable, not configurable)
// expect: [[["E", 2.718281828459045, false, false, false], ["LN10", 2.302585092994046, false, false, false], ["LN2", 0.6931471805599453, false, false, false], ["LOG10E", 0.4342944819032518, false, false, false], ["LOG2E", 1.4426950408889634, false, false, false], ["PI", 3.141592653589793, false, false, false], ["SQRT1_2", 0.7071067811865476, false, false, false], ["SQRT2", 1.4142135623730951, false, false, false]], "TypeError", 3.141592653589793, 1.0000000000000002, 1, 1]
function test() {
  var names = ['E', 'LN10', 'LN2', 'LOG10E', 'LOG2E', 'PI', 'SQRT1_2', 'SQRT2'];
  var out = [];
  for (var i = 0; i < names.length; i++) {
    var d = Object.getOwnPropertyDescriptor(Math, names[i]);
    out[i] = [names[i], d.value, d.writable, d.enumerable, d.configurable];
  }
  var threw;
  try { Math.PI = 3; threw = 'no'; } catch (e) { threw = e.name; }
  return [out, threw, Math.PI, Math.SQRT1_2 * Math.SQRT2, Math.LN2 * Math.LOG2E, Math.LN10 * Math.LOG10E];
}

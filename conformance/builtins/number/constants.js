// description: Number's constants: values and attributes (not writable, not enumerable, not configurable)
// expect: [[["EPSILON", 2.220446049250313e-16, false, false, false], ["MAX_SAFE_INTEGER", 9007199254740991, false, false, false], ["MAX_VALUE", 1.7976931348623157e+308, false, false, false], ["MIN_SAFE_INTEGER", -9007199254740991, false, false, false], ["MIN_VALUE", 5e-324, false, false, false], ["NaN", NaN, false, false, false], ["NEGATIVE_INFINITY", -Infinity, false, false, false], ["POSITIVE_INFINITY", Infinity, false, false, false]], true, true, 0, Infinity, true, false, "TypeError", 2.220446049250313e-16]
function test() {
  var names = ['EPSILON', 'MAX_SAFE_INTEGER', 'MAX_VALUE', 'MIN_SAFE_INTEGER', 'MIN_VALUE', 'NaN', 'NEGATIVE_INFINITY', 'POSITIVE_INFINITY'];
  var out = [];
  for (var i = 0; i < names.length; i++) {
    var d = Object.getOwnPropertyDescriptor(Number, names[i]);
    out[i] = [names[i], d.value, d.writable, d.enumerable, d.configurable];
  }
  var threw;
  try { Number.EPSILON = 1; threw = 'no'; } catch (e) { threw = e.name; }
  return [out, Number.EPSILON === Math.pow(2, -52), Number.MAX_SAFE_INTEGER === Math.pow(2, 53) - 1,
    Number.MIN_VALUE / 2, Number.MAX_VALUE * 2, 1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1, threw, Number.EPSILON];
}

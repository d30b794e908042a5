// description: Boolean(value) is ToBoolean (falsy: undefined, null, false, +0, -0, NaN, ""; everything else, objects included, is true); new Boolean(value) wraps it in an object that is itself always truthy
// expect: [false, [false, false, false, false, false, false, false], [true, true, true, true, true, true, true, true, true, true, true, true], "object", false, true, "truthy", false, false, true, "[object Boolean]", true, true, true, false]
function test() {
  var falsy = [undefined, null, false, 0, -0, NaN, ''];
  var truthy = ['0', 'false', ' ', 1, -1, Infinity, {}, [], function () {}, Object(false), Object(0), Object('')];
  var f = [], t = [];
  for (var i = 0; i < falsy.length; i++) { f[i] = Boolean(falsy[i]); }
  for (i = 0; i < truthy.length; i++) { t[i] = Boolean(truthy[i]); }
  var w = new Boolean(false);
  var x = new Boolean('');
  return [Boolean(), f, t, typeof w, w.valueOf(), !!w, w ? 'truthy' : 'falsy', x.valueOf(), new Boolean().valueOf(), new Boolean({}).valueOf(),
    Object.prototype.toString.call(w), Object.getPrototypeOf(w) === Boolean.prototype, w instanceof Boolean, w == false, w === false];
}

// description: Math.max/min convert every argument in order, even after a NaN, and stop at the first throw
// expect: [NaN, NaN, "RangeError", Infinity, 0.7853981633974483, 8, 12, ["a", "b", "c", "d", "e", "f", "g", "i", "j", "y", "x", "base", "exp", "m1", "m2"]]
function test() {
  var log = [];
  function v(name, value) { return { valueOf: function () { log[log.length] = name; return value; } }; }
  var a = Math.max(v('a', 1), v('b', NaN), v('c', 3));
  var b = Math.min(v('d', 2), v('e', 'x'), v('f', -1));
  var caught;
  try { Math.max(v('g', 1), { valueOf: function () { throw new RangeError('stop'); } }, v('h', 2)); } catch (e) { caught = e.name; }
  var h = Math.hypot(v('i', Infinity), v('j', NaN));
  var at = Math.atan2(v('y', 1), v('x', 1));
  var p = Math.pow(v('base', 2), v('exp', 3));
  var im = Math.imul(v('m1', 3), v('m2', 4));
  return [a, b, caught, h, at, p, im, log];
}

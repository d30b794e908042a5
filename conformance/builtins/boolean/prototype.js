// description: Boolean.prototype is itself a Boolean object holding false; toString and valueOf work on booleans and Boolean objects, ignore arguments, and read the internal slot (not an overridden valueOf)
// expect: [false, "false", "[object Boolean]", "true", "false", true, false, "true", "false", "true", true, "false", "false", 1, "true", false]
function test() {
  var w = Object(true);
  w.valueOf = function () { return false; };
  return [
    Boolean.prototype.valueOf(), Boolean.prototype.toString(), Object.prototype.toString.call(Boolean.prototype),
    true.toString(), false.toString(), true.valueOf(), false.valueOf(), new Boolean(1).toString(), new Boolean(0).toString('ignored'),
    Boolean.prototype.toString.call(w), Boolean.prototype.valueOf.call(w), '' + w, w + '', Object(false) + 1,
    Boolean.prototype.toString.call(true), Boolean.prototype.valueOf.call(false)
  ];
}

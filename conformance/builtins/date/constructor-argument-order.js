// description: component arguments are converted once each, left to right, even when an earlier one is NaN; extra arguments are ignored
// expect: [NaN, ["y", "m", "d", "h", "min", "s", "ms"], 946684800000, ["y", "m", "d", "h", "min", "s", "ms"]]
function test() {
  var log = [];
  function arg(name, v) { return { valueOf: function () { log[log.length] = name; return v } } }
  var t = new Date(arg('y', NaN), arg('m', 0), arg('d', 1), arg('h', 0), arg('min', 0), arg('s', 0), arg('ms', 0), arg('extra', 0)).getTime();
  var log1 = log;
  log = [];
  var u = Date.UTC(arg('y', 2000), arg('m', 0), arg('d', 1), arg('h', 0), arg('min', 0), arg('s', 0), arg('ms', 0), arg('extra', 0));
  return [t, log1, u, log]
}

// description: an exception thrown by the reviver propagates out of JSON.parse and stops the walk; getters on revived objects run when the walk reads them
// expect: ["RangeError: stop at 1", 2, ["a=1", "getter", "b=from getter", "=[object Object]"], {a: 1, b: "from getter"}]
function test() {
  var calls = 0;
  var r = [];
  try {
    JSON.parse('[1,2,3]', function (k, v) { calls++; if (k === '1') { throw new RangeError('stop at ' + k); } return v; });
  } catch (e) {
    r[0] = e.name + ': ' + e.message;
  }
  r[1] = calls;
  var log = [];
  var v = JSON.parse('{"a":1,"b":2}', function (k, val) {
    if (k === 'a') {
      Object.defineProperty(this, 'b', { get: function () { log[log.length] = 'getter'; return 'from getter'; }, enumerable: true, configurable: true });
    }
    log[log.length] = k + '=' + val;
    return val;
  });
  r[2] = log;
  r[3] = v;
  return r;
}

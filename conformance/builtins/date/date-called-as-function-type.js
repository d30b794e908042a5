// description: Date() as a function returns a string, never a Date object, whatever the arguments
// expect: ["string", "string", "string", [], false]
function test() {
  var log = [];
  var a = Date({ valueOf: function () { log[log.length] = 'converted'; return 0 } });
  return [typeof Date(), typeof Date(0), typeof a, log, Date.call({}, 0) instanceof Date]
}

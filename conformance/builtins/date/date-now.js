// description: Date.now() is the event's start time, the same at every call (CloudFront has no running clock)
// node: skip event clock
// expect: [1700000000000, true, "number"]
function test() {
  var a = Date.now();
  var x = 0;
  for (var i = 0; i < 10000; i++) { x += i }
  return [a, a === Date.now(), typeof a]
}

// description: new Date() is the event's start time, frozen for the whole event
// node: skip event clock
// expect: [1700000000000, 1700000000000, true, "2023-11-14T22:13:20.000Z"]
function test() {
  var a = new Date();
  for (var i = 0; i < 1000; i++) {}
  var b = new Date();
  return [a.getTime(), b.getTime(), a.getTime() === Date.now(), b.toISOString()]
}

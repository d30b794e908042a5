// description: JSON.stringify's result counts against the event's memory as it is built: repeating a 256 KB string eight times (a 4 MB result) exceeds the 2 MB limit
// node: skip Node has no per-event memory limit
// expect: limit MemoryLimit
function test() {
  var s = 'x';
  for (var i = 0; i < 18; i++) { s += s; }
  return JSON.stringify([s, s, s, s, s, s, s, s]).length;
}

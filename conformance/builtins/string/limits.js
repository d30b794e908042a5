// description: string building is held to the event's memory limit (2 MB): a huge repeat or pad ends the event
// node: skip edgefn limits
// expect: limit MemoryLimit
function test() {
  var s = "abcdefgh".repeat(1 << 20);
  return s.length;
}

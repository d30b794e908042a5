// description: searching is charged by the code units compared: repeated worst-case indexOf calls run out of compute
// node: skip edgefn limits
// expect: limit ComputeLimit
function test() {
  var hay = "a".repeat(100000);
  var needle = "a".repeat(5000) + "b";
  var n = 0;
  for (var i = 0; i < 1000; i++) {
    n += hay.indexOf(needle);
  }
  return n;
}

// description: compound assignment evaluates the target once
// expect: [22, 2, "a1"]
function test() {
  var calls = 0
  var o = { v: 1 }
  function target() { calls++; return o }
  target().v += 10
  target().v *= 2
  var s = 'a'
  s += 1
  return [o.v, calls, s]
}

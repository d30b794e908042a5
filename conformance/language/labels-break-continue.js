// description: labelled break and continue reach outer loops
// expect: ["0:0", "1:0", "in"]
function test() {
  var out = []
  outer: for (var i = 0; i < 3; i++) {
    for (var j = 0; j < 3; j++) {
      if (j === 1) continue outer
      if (i === 2) break outer
      out.push(i + ':' + j)
    }
  }
  block: { out.push('in'); break block; out.push('never') }
  return out
}

// description: for-in over arrays and strings gives index strings
// expect: ["0", "2", "0", "1"]
function test() {
  var out = []
  for (var i in ['x', , 'z']) out.push(i)
  for (var j in 'ab') out.push(j)
  for (var k in null) out.push('never')
  return out
}

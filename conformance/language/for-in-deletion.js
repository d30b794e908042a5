// description: a key deleted during for-in is not visited; shadowed keys are visited once
// expect: [["a", "b"], ["a", "z"]]
function test() {
  var o = { a: 1, b: 2, c: 3 }
  var seen = []
  for (var k in o) { seen.push(k); if (k === 'a') delete o.c }
  var child = Object.create({ a: 1, z: 2 })
  child.a = 3
  var keys = []
  for (var k2 in child) keys.push(k2)
  return [seen, keys]
}

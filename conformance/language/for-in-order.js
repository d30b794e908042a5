// description: for-in visits integer keys ascending, then strings in insertion order, then inherited keys
// expect: ["1", "2", "b", "a", "inherited"]
function test() {
  var proto = { inherited: 1 }
  var o = Object.create(proto)
  o.b = 1; o[2] = 1; o.a = 1; o[1] = 1
  var keys = []
  for (var k in o) keys.push(k)
  return keys
}

// description: reading a property of undefined or null is a TypeError
// expect: ["TypeError", "TypeError"]
function test() {
  var out = []
  var u
  try { u.x } catch (e) { out.push(e.name) }
  try { null.y = 1 } catch (e) { out.push(e.name) }
  return out
}

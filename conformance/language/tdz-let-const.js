// description: let and const are in their temporal dead zone until declared
// expect: ["ReferenceError", "Cannot access 'c' before initialization", 3]
function test() {
  var out = []
  try { x } catch (e) { out.push(e.name) }
  let x = 1
  try { c; } catch (e) { out.push(e.message) }
  const c = 2
  out.push(x + c)
  return out
}

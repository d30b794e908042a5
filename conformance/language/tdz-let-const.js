// description: let and const are in their temporal dead zone until declared
// expect: ["ReferenceError", "Cannot access 'c' before initialization", 3]
// expect cloudfront-js-1.0: compile-error 7:3 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  var out = []
  try { x } catch (e) { out.push(e.name) }
  let x = 1
  try { c; } catch (e) { out.push(e.message) }
  const c = 2
  out.push(x + c)
  return out
}

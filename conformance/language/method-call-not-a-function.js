// description: calling a non-function names it
// expect: ["o.missing is not a function", "o.n is not a function", "ReferenceError"]
function test() {
  var o = { n: 1 }
  var out = []
  try { o.missing() } catch (e) { out.push(e.message) }
  try { o.n() } catch (e) { out.push(e.message) }
  try { undefinedFn() } catch (e) { out.push(e.name) }
  return out
}

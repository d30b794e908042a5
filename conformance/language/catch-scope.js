// description: the catch parameter is scoped to its clause
// expect: ["outer", "inner"]
function test() {
  var e = 'outer'
  try { throw 'inner' } catch (e) { var inside = e }
  return [e, inside]
}

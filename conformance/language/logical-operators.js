// description: && and || return an operand and short-circuit
// expect: ["a", "b", null, "x", true, true, 0]
function test() {
  var hits = 0
  function hit() { hits++; return true }
  return [0 || 'a', 1 && 'b', null && hit(), 'x' || hit(), !'', !!{}, hits]
}

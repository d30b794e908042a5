// description: code is always strict: assignment to undeclared names throws
// expect: ["ReferenceError", "undefined"]
function test() {
  try { undeclaredVariable = 1 } catch (e) { return [e.name, typeof undeclaredVariable] }
}

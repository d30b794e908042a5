// description: deleting a non-configurable property is a TypeError in strict code
// expect: "TypeError"
function test() {
  try { delete Object.prototype } catch (e) { return e.name }
}

// description: assigning a const is a TypeError at run time
// expect: ["TypeError", 1]
function test() {
  const k = 1
  try { k = 2 } catch (e) { return [e.name, k] }
}

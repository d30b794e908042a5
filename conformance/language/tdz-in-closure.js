// description: a closure that runs before the declaration throws
// expect: ["ReferenceError", "now"]
function test() {
  function read() { return late }
  var r
  try { read() } catch (e) { r = e.name }
  let late = 'now'
  return [r, read()]
}

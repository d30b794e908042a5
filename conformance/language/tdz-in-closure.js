// description: a closure that runs before the declaration throws
// expect: ["ReferenceError", "now"]
// expect cloudfront-js-1.0: compile-error 8:3 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  function read() { return late }
  var r
  try { read() } catch (e) { r = e.name }
  let late = 'now'
  return [r, read()]
}

// description: return\nx returns undefined, then evaluates x
// expect: ok
function f(x) {
  return
  x
}

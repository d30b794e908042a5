// description: closures share the variable, not a copy
// expect: [5, 7]
function test() {
  var x = 1
  function get() { return x }
  function set(v) { x = v }
  set(5)
  var a = get()
  x = 7
  return [a, get()]
}

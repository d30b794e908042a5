// description: in checks the prototype chain; instanceof follows prototypes
// expect: [true, true, true, false, true, true, true, true, "TypeError", "TypeError"]
function test() {
  function A() {}
  var a = new A()
  var out = ['x' in { x: undefined }, 'toString' in {}, 0 in [1], 1 in [1], a instanceof A, a instanceof Object, [] instanceof Array, A instanceof Function]
  try { 'x' in 'str' } catch (e) { out.push(e.name) }
  try { a instanceof {} } catch (e) { out.push(e.name) }
  return out
}

// description: a global name read at one site sees the global object as it is now: a value written in place, a deleted name, a getter in its place, a redefined value, a script binding shadowing a built-in, built-ins read in turn
// expect: [true, true, 42, 42, "ReferenceError", "getter", "getter", true, "function", true, "a script binding over a built-in", "a script binding over a built-in", true, true, true, true]
var isNaN = 'a script binding over a built-in'
function test() {
  var out = []
  function math() { return Math }
  function nan() { return isNaN }
  function either(first) { return first ? JSON : Object }
  var saved = Math
  out.push(math() === saved, math() === saved)
  globalThis.Math = 42
  out.push(math(), math())
  delete globalThis.Math
  try { math(); out.push('no error') } catch (e) { out.push(e.name) }
  globalThis.Added = 'added later'
  Object.defineProperty(globalThis, 'Math', { get: function () { return 'getter' }, configurable: true })
  out.push(math(), math())
  Object.defineProperty(globalThis, 'Math', { value: saved, writable: true, configurable: true })
  out.push(math() === saved, typeof math().abs)
  delete globalThis.Added
  out.push(math() === saved, nan(), nan())
  for (var i = 0; i < 4; i++) out.push(either(i % 2 === 0) === (i % 2 === 0 ? JSON : Object))
  return out
}

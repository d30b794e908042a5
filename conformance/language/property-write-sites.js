// description: a property write at one site changes each object as it is now: other layouts, an inherited property, read-only and frozen properties, a setter in the remembered slot, a deleted and re-added property, a setter on the prototype
// expect: ["w0", "xy", "w1", "yx", "w2", "x", "w3", "zyx", "w4", "yx", "w5", "x", "TypeError", "first", "got", "to the setter", "again", "x", "TypeError", "frozen", "to the setter,proto via proto", 0, "array again", 2, 10]
function test() {
  var out = []
  function put(o, v) { o.x = v; return o.x }
  var objs = [{ x: 1, y: 2 }, { y: 3, x: 4 }, { x: 5 }, { z: 0, y: 1, x: 6 }, { y: 7 }, Object.create({ x: 'inherited' })]
  for (var i = 0; i < objs.length; i++) out.push(put(objs[i], 'w' + i), Object.keys(objs[i]).join(''))
  var o = { a: 1, x: 2 }
  put(o, 'first')
  Object.defineProperty(o, 'x', { writable: false })
  try { put(o, 'read-only'); out.push('no error') } catch (e) { out.push(e.name, o.x) }
  var seen = []
  Object.defineProperty(o, 'x', { set: function (v) { seen.push(v) }, get: function () { return 'got' }, configurable: true })
  out.push(put(o, 'to the setter'), seen.join())
  delete o.x
  delete o.a
  out.push(put(o, 'again'), Object.keys(o).join())
  var f = Object.freeze({ x: 'frozen' })
  try { put(f, 'no'); out.push('no error') } catch (e) { out.push(e.name, f.x) }
  var withSetter = Object.create({ set x(v) { seen.push('proto ' + v) } })
  put({ x: 0 }, 'warm')
  put(withSetter, 'via proto')
  out.push(seen.join(), Object.keys(withSetter).length)
  var arr = [1, 2]
  arr.x = 'on an array'
  out.push(put(arr, 'array again'), arr.length)
  var counter = { n: 0 }
  for (var k = 0; k < 5; k++) counter.n = counter.n + k
  out.push(counter.n)
  return out
}

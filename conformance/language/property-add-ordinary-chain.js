// description: a write that adds a property to an ordinary object looks at the whole chain first: a setter, a getter alone, a read-only or frozen property on a prototype (Object.prototype included) stops it, a non-extensible object refuses it, a data property inherited or added to Object.prototype is shadowed, an array or the global object on the way is no obstacle
// expect: ["x-new", "a,x-new", "x-new", "x-new", "c,x-new", "x-new", "a,x-new", "x-new", "x-new", "c,x-new", "", "x-new", "setter fresh", "q,x-new", "TypeError", true, "TypeError", true, "own value", "proto value", "TypeError", true, "TypeError", true, 2, true, 7, true, false, "deep through three", true, "string", "0,1,b", 20, 19]
function test() {
  var out = []
  function put(o, k, v) { o[k] = v; return Object.prototype.hasOwnProperty.call(o, k) }
  function named(o, v) { o['x-new'] = v; return Object.keys(o).join() }
  function attempt(f) { try { return f() } catch (e) { return e.name } }
  var objs = [{}, { a: 1 }, Object.create(null), Object.create({ b: 2 }), new (function F() { this.c = 3 })()]
  for (var i = 0; i < objs.length; i++) out.push(named(objs[i], i))
  var seen = []
  Object.defineProperty(Object.prototype, 'x-new', { set: function (v) { seen.push('setter ' + v) }, configurable: true })
  for (var j = 0; j < objs.length; j++) out.push(named(objs[j], 'again ' + j))
  out.push(named({}, 'fresh'), named(Object.create(null), 'no proto'), seen.join())
  delete Object.prototype['x-new']
  out.push(named({ q: 0 }, 'after delete'))
  Object.defineProperty(Object.prototype, 'ro', { value: 'proto', writable: false, configurable: true })
  out.push(attempt(function () { return put({}, 'ro', 1) }), attempt(function () { return put(Object.create(null), 'ro', 1) }))
  delete Object.prototype.ro
  Object.defineProperty(Object.prototype, 'getOnly', { get: function () { return 'g' }, configurable: true })
  out.push(attempt(function () { return put({}, 'getOnly', 1) }))
  delete Object.prototype.getOnly
  Object.prototype.shared = 'proto value'
  var s = {}
  out.push(put(s, 'shared', 'own value'), s.shared, ({}).shared)
  delete Object.prototype.shared
  var frozen = Object.freeze({ p: 'frozen' })
  out.push(attempt(function () { return put(Object.create(frozen), 'p', 1) }), put(Object.create(frozen), 'other', 1))
  var closed = Object.preventExtensions({ x: 1 })
  out.push(attempt(function () { return put(closed, 'y', 1) }), put(closed, 'x', 2), closed.x)
  var onArray = Object.create([1, 2])
  out.push(put(onArray, 'length', 7), onArray.length, put(onArray, 'k', 'v'))
  var deep = Object.create(Object.create(Object.create({ set z(v) { seen.push('deep ' + v) } })))
  out.push(put(deep, 'z', 'through three'), seen.pop())
  out.push(put(globalThis, 'addedGlobal', 'g'), typeof addedGlobal)
  var idx = { b: 1 }
  put(idx, 1, 'one')
  put(idx, 0, 'zero')
  out.push(Object.keys(idx).join())
  var many = {}
  for (var n = 0; n < 20; n++) many['k' + n] = n
  out.push(Object.keys(many).length, many.k19)
  return out
}

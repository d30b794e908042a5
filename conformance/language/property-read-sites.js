// description: a property read at one site sees each object as it is now: other layouts, shadowing own properties, a getter or a deletion in the remembered slot, changed prototypes and built-ins, lengths, the global object
// expect: [1, 4, 5, 6, undefined, "proto 1", "proto 2", "proto 2", "own", "shadow", "proto 2", "proto 2 changed", 2, 2, 2, "getter", "getter", undefined, 3, true, true, "own push", true, "replaced", "ab", "replaced CD", "ef", 3, 4, "own", 2, 2, 5, 0, 2, "global", "object", "global", "changed", "a script binding over a built-in", "a script binding over a built-in"]
var topVar = 'global'
var isFinite = 'a script binding over a built-in'
function test() {
  var out = []
  function x(o) { return o.x }
  var p1 = { x: 'proto 1' }
  var p2 = { w: 0, v: 0, x: 'proto 2' }
  var objs = [{ x: 1, y: 2 }, { y: 3, x: 4 }, { x: 5 }, { z: 0, y: 1, x: 6 }, { y: 7 },
    Object.create(p1), Object.create(p2), Object.create(p2), { x: 'own', w: 0 }]
  for (var i = 0; i < objs.length; i++) out.push(x(objs[i]))
  objs[6].x = 'shadow'
  out.push(x(objs[6]), x(objs[7]))
  p2.x = 'proto 2 changed'
  out.push(x(objs[7]))
  var o = { a: 1, x: 2 }
  out.push(x(o), x(o))
  delete o.a
  out.push(x(o))
  Object.defineProperty(o, 'x', { get: function () { return 'getter' }, configurable: true })
  out.push(x(o), x(o))
  delete o.x
  out.push(x(o))
  o.x = 3
  out.push(x(o))
  function push(a) { return a.push }
  var arr = []
  out.push(push(arr) === Array.prototype.push, push([1]) === Array.prototype.push)
  arr.push = 'own push'
  out.push(push(arr))
  delete arr.push
  out.push(push(arr) === Array.prototype.push)
  var savedPush = Array.prototype.push
  Array.prototype.push = 'replaced'
  var replaced = push(arr)
  Array.prototype.push = savedPush
  out.push(replaced)
  function lower(s) { return s.toLowerCase() }
  out.push(lower('AB'))
  var saved = String.prototype.toLowerCase
  String.prototype.toLowerCase = function () { return 'replaced ' + this }
  out.push(lower('CD'))
  String.prototype.toLowerCase = saved
  out.push(lower('EF'))
  function len(v) { return v.length }
  var t = [1]
  t.length = 5
  out.push(len([1, 2, 3]), len('abcd'), len({ length: 'own' }), len(function (a, b) {}),
    len(new String('xy')), len(t), len(arguments), len(Object.create([1, 2])))
  function top(g) { return g.topVar }
  out.push(top(globalThis), top({ topVar: 'object' }), top(globalThis))
  topVar = 'changed'
  out.push(top(globalThis))
  function fin(g) { return g.isFinite }
  out.push(fin(globalThis), fin(globalThis))
  return out
}

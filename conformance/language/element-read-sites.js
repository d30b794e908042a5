// description: a string-keyed element read at one site (o[k]) sees each object as it is now: several objects and keys in turn, a property deleted and added again at another place, a getter or a prototype's value in its place, a key string built at run time, index-like keys, an array's length, a string object, the global object
// expect: ["a", "b", "c", "a", "b", "c", "b2", "again", "getter", "from the prototype", "own again", "built", "built", "seven", "zero", 3, 5, "x", 4, "global value", "global value", "changed", null, null, "undefined", "undefined"]
var globalName = 'global value'
function test() {
  var out = []
  function read(o, k) { return o[k] }
  var a = { host: 'a', accept: 'b', 'x-id': 'c' }
  var keys = ['host', 'accept', 'x-id']
  for (var i = 0; i < 6; i++) out.push(read(a, keys[i % 3]))
  var b = { host: 'a2', accept: 'b2' }
  out.push(read(b, 'accept'))
  delete a.host
  a.host = 'again'
  out.push(read(a, 'host'))
  Object.defineProperty(a, 'host', { get: function () { return 'getter' }, configurable: true })
  out.push(read(a, 'host'))
  var proto = { host: 'from the prototype' }
  var c = Object.create(proto)
  c.host = 'own'
  read(c, 'host')
  delete c.host
  out.push(read(c, 'host'))
  c.host = 'own again'
  out.push(read(c, 'host'))
  var d = { 'built-key': 'built' }
  var built = ['built', 'key'].join('-')
  out.push(read(d, 'built-key'), read(d, built))
  var e = { 7: 'seven', '0': 'zero' }
  out.push(read(e, '7'), read(e, '0'))
  var arr = [1, 2, 3]
  out.push(read(arr, 'length'))
  arr.length = 5
  out.push(read(arr, 'length'))
  var s = new String('xyz')
  out.push(read(s, '0'), read({ length: 4 }, 'length'))
  out.push(read(globalThis, 'globalName'), read(globalThis, 'globalName'))
  globalName = 'changed'
  out.push(read(globalThis, 'globalName'))
  var n = { k: null }
  out.push(read(n, 'k'), read(n, 'k'))
  delete n.k
  out.push(String(read(n, 'k')), typeof read(n, 'k'))
  return out
}

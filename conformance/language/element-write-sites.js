// description: a string-keyed element write at one site (o[k] = v) sees each object as it is now: several objects and keys in turn, a property deleted and added again at another place, made read-only, frozen, replaced by a setter, an array's length, a non-extensible object, the global object
// expect: ["1,2,3|1,2,3", "b:9", "again", "TypeError", "TypeError", "setter got 5", "array length 2", "sealed 7", "global 8", "global 9", "proto setter got 3", "own 4"]
var globalName = 'global value'
function test() {
  var out = []
  function write(o, k, v) { o[k] = v }
  var a = { host: 0, accept: 0, 'x-id': 0 }
  var b = { host: 0, accept: 0, 'x-id': 0 }
  var keys = ['host', 'accept', 'x-id']
  for (var i = 0; i < 6; i++) write(i < 3 ? a : b, keys[i % 3], i % 3 + 1)
  out.push([a.host, a.accept, a['x-id']].join() + '|' + [b.host, b.accept, b['x-id']].join())
  var c = { a: 1, b: 2 }
  write(c, 'b', 8)
  write(c, 'b', 9)
  out.push('b:' + c.b)
  delete a.host
  write(a, 'accept', 5)
  a.host = 'x'
  write(a, 'host', 'again')
  out.push(a.host)
  Object.defineProperty(a, 'host', { writable: false })
  try { write(a, 'host', 'no'); out.push('written') } catch (e) { out.push(e.name) }
  var f = { k: 1 }
  write(f, 'k', 2)
  Object.freeze(f)
  try { write(f, 'k', 3); out.push('written') } catch (e) { out.push(e.name) }
  var g = { k: 1 }
  write(g, 'k', 2)
  var got
  Object.defineProperty(g, 'k', { set: function (v) { got = v }, configurable: true })
  write(g, 'k', 5)
  out.push('setter got ' + got)
  var arr = [1, 2, 3]
  write(arr, 'length', 2)
  out.push('array length ' + arr.length)
  var h = { k: 1 }
  write(h, 'k', 6)
  Object.seal(h)
  write(h, 'k', 7)
  out.push('sealed ' + h.k)
  write(globalThis, 'globalName', 'global 8')
  out.push(globalName)
  write(globalThis, 'globalName', 'global 9')
  out.push(globalName)
  var seen
  var proto = { set k(v) { seen = v } }
  var o = Object.create(proto)
  write(o, 'k', 3)
  out.push('proto setter got ' + seen)
  Object.defineProperty(o, 'k', { value: 0, writable: true, enumerable: true, configurable: true })
  write(o, 'k', 4)
  out.push('own ' + o.k)
  return out
}

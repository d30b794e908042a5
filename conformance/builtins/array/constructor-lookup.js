// description: map, filter, slice, splice and concat read the array's constructor: a getter runs, and a constructor that is not an object, own or inherited, is a TypeError
// expect: [5, "TypeError", "TypeError", "1", 1, "TypeError", "5"]
function test() {
  var out = []
  var a = [1, 2]
  var looked = 0
  Object.defineProperty(a, 'constructor', { get: function () { looked++; return undefined } })
  a.map(String)
  a.filter(Boolean)
  a.slice()
  a.splice(0, 0)
  a.concat([])
  out.push(looked)
  var b = [1]
  b.constructor = 5
  try { b.map(String); out.push('no error') } catch (e) { out.push(e.name) }
  var c = [1]
  var saved = Array.prototype.constructor
  Array.prototype.constructor = 'x'
  try { c.filter(Boolean); out.push('no error') } catch (e) { out.push(e.name) }
  Array.prototype.constructor = saved
  out.push(c.map(String)[0], [3].filter(Boolean).length)
  var d = [4]
  Object.setPrototypeOf(d, { constructor: null, map: Array.prototype.map })
  try { d.map(String); out.push('no error') } catch (e) { out.push(e.name) }
  var e2 = [5]
  Object.setPrototypeOf(e2, { constructor: {}, map: Array.prototype.map })
  out.push(e2.map(String)[0])
  return out
}

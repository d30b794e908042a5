// description: a method called on a variable gets the variable's value at the read of the method as its receiver, whatever the arguments then assign; a getter that reassigns the variable does not change the receiver; calls on this, on a parameter and on a primitive; a missing method throws with its name
// expect: ["a", "a", "g", "this", "param", "ABC", "TypeError: o.nope is not a function", 3]
function test() {
  var out = []
  var a = { name: 'a', m: function () { return this.name } }
  var b = { name: 'b', m: function () { return 'b:' + this.name } }
  var o = a
  out.push(o.m(o = b))
  o = a
  out.push(o.m((function () { o = b; return 1 })()))
  var g = { name: 'g' }
  Object.defineProperty(g, 'm', { get: function () { g = b; return a.m } })
  out.push(g.m())
  var t = { name: 'this', outer: function () { return this.inner() }, inner: function () { return this.name } }
  out.push(t.outer())
  out.push((function (p) { return p.m() })({ name: 'param', m: a.m }))
  var s = 'abc'
  out.push(s.toUpperCase())
  try { o.nope() } catch (e) { out.push(String(e)) }
  var arr = [1, 2]
  arr.push(arr.length + 1)
  out.push(arr.length)
  return out
}

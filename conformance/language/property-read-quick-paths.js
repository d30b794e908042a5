// description: the shortcuts of a property read: one site reading lengths of arrays, strings and other objects in turn; a method inherited by an object with no properties of its own, before and after it gains one, changes its prototype or the method becomes a getter; missing properties along chains of ordinary objects, and once a getter or a non-ordinary object is on the chain
// expect: [2, 3, 0, 0, 7, 3, 2, 2, 4, 3, 2, "from p", "from p", "own", "from p", "from q", "from q", "getter on q", undefined, "bare own", true, true, true, "object join", true, undefined, undefined, undefined, undefined, "getter on Object.prototype", "getter on Object.prototype", undefined, undefined, undefined, "on Array.prototype", undefined, true, "string extra", "string extra", "string extra", undefined]
function test() {
  var out = []
  function len(v) { return v.length }
  var args = (function () { return arguments })(1, 2)
  out.push(len([1, 2]), len('abc'), len([]), len(''), len({ length: 7 }), len([1, 2, 3]),
    len(args), len('\u00e9\u4e2d'), len(new String('abcd')), len(new Uint8Array(3)), len('xy'))
  function m(o) { return o.m }
  var p = { m: 'from p' }
  var q = { a: 0, m: 'from q' }
  var o = Object.create(p)
  out.push(m(o), m(o))
  o.m = 'own'
  out.push(m(o))
  delete o.m
  out.push(m(o))
  Object.setPrototypeOf(o, q)
  out.push(m(o), m(o))
  Object.defineProperty(q, 'm', { get: function () { return 'getter on q' } })
  out.push(m(o))
  var bare = Object.create(null)
  out.push(m(bare))
  bare.m = 'bare own'
  out.push(m(bare))
  function join(a) { return a.join }
  var arr = [1, 2]
  out.push(join(arr) === Array.prototype.join, join(arr) === Array.prototype.join)
  arr.extra = 1
  out.push(join(arr) === Array.prototype.join)
  Object.setPrototypeOf(arr, { join: 'object join' })
  out.push(join(arr), join([3]) === Array.prototype.join)
  function miss(o) { return o.missing }
  var chain = Object.create(Object.create({ other: 1 }))
  out.push(miss({}), miss({ a: 1, b: 2 }), miss(chain), miss(chain))
  Object.defineProperty(Object.prototype, 'missing', {
    get: function () { return 'getter on Object.prototype' }, configurable: true })
  out.push(miss({}), miss(chain))
  delete Object.prototype.missing
  out.push(miss({}), miss(Object.create([1])), miss(Object.create(new String('s'))))
  Array.prototype.missing = 'on Array.prototype'
  out.push(miss(Object.create([1])), miss({}))
  delete Array.prototype.missing
  function up(s) { return s.toUpperCase }
  out.push(up('a') === String.prototype.toUpperCase)
  String.prototype.extra = 'string extra'
  function extra(s) { return s.extra }
  out.push(extra('a'), extra(new String('b')), extra('c'))
  delete String.prototype.extra
  out.push(extra('d'))
  return out
}

// description: an object literal that defines a key again keeps one property, in the place of the first definition, with the last value; number, string and name spellings of one key are the same key; accessors and data properties replace one another
// expect: ["{\"a\":3,\"b\":2}", "a,b", "{\"1\":\"f\",\"x\":0}", "1,x", "data", "undefined", "getter", undefined, "from p", "{\"x\":3,\"y\":2}", true, "{\"a\":3,\"b\":5,\"c\":4}", 11, "again", 10]
function test() {
  var out = []
  var o1 = { a: 1, b: 2, a: 3 }
  out.push(JSON.stringify(o1), Object.keys(o1).join())
  var o2 = { 1: 'n', '1': 's', x: 0, 1.0: 'f' }
  out.push(JSON.stringify(o2), Object.keys(o2).join())
  var o3 = { get a() { return 'getter' }, a: 'data' }
  out.push(o3.a, typeof Object.getOwnPropertyDescriptor(o3, 'a').get)
  var o4 = { a: 'data', get a() { return 'getter' } }
  out.push(o4.a, Object.getOwnPropertyDescriptor(o4, 'a').value)
  var p = { inherited: 'from p' }
  var o5 = { __proto__: p, x: 1, y: 2, x: 3 }
  out.push(o5.inherited, JSON.stringify(o5), Object.getPrototypeOf(o5) === p)
  var n = 0
  function next() { n += 1; return n }
  var o6 = { a: next(), b: next(), a: next(), c: next(), b: next() }
  out.push(JSON.stringify(o6))
  var big = { k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k3: 'again', k10: 10 }
  out.push(Object.keys(big).length, big.k3, big.k10)
  return out
}

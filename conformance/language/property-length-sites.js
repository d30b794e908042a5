// description: one function's reads and writes of `length` (a single remembered slot) on ordinary objects, arrays, strings and arguments in turn: each read sees the length or property of the value it is given
// expect: [5, 2, 2, 2, undefined, 7, 1, 4, "own", 1, 1, 2, undefined, "inherited", 3, true, 2, 2]
function test() {
  var out = []
  function setGet(o, n) { o.length = n; return o.length }
  function get(o) { return o.length }
  var arr = [1, 2, 3, 4]
  arr.x = 'named'
  out.push(setGet({ length: 1 }, 5), setGet(arr, 2), arr.length, arr[1], arr[2],
    setGet({ a: 0, length: 1 }, 7), setGet([9, 8, 7], 1))
  out.push(get('abcd'), get({ length: 'own' }), get([1]), get('\u4e2d'), get(arr),
    get({ a: 1 }), get(Object.create({ length: 'inherited' })), get(new String('xyz')))
  var frozen = Object.freeze([1, 2])
  var failed = false
  try { setGet(frozen, 0) } catch (e) { failed = e instanceof TypeError }
  out.push(failed, frozen.length, get(frozen))
  return out
}

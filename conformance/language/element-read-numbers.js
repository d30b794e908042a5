// description: a numeric element read at one site (r[i]) on dense arrays, holes (read through the prototype chain), indices past the end, negative, fractional, NaN and -0 indices, and on objects that are not arrays (strings, typed arrays, arguments, plain objects with index keys)
// expect: [10, 1, 20, undefined, 30, 3, undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, 10, 1, undefined, undefined, 20, undefined, "from Array.prototype", 20, "from Array.prototype", undefined, "five", undefined, "b", undefined, 8, "one", "b", "getter", 2]
function test() {
  var out = []
  function at(r, i) { return r[i] }
  var dense = [10, 20, 30]
  var holes = [1, , 3]
  var keys = [0, 1, 2, 3, -1, 1.5, NaN, -0, 4294967295, '1']
  for (var k = 0; k < keys.length; k++) {
    out.push(at(dense, keys[k]), at(holes, keys[k]))
  }
  Array.prototype[1] = 'from Array.prototype'
  out.push(at(holes, 1), at(dense, 1), at([], 1))
  delete Array.prototype[1]
  out.push(at(holes, 1))
  var sparse = []
  sparse[5] = 'five'
  out.push(at(sparse, 5), at(sparse, 4))
  out.push(at('abc', 1), at('abc', 3), at(new Uint8Array([7, 8]), 1), at({ 1: 'one' }, 1))
  out.push((function () { return at(arguments, 1) })('a', 'b'))
  var withGetter = [1, 2]
  Object.defineProperty(withGetter, 0, { get: function () { return 'getter' } })
  out.push(at(withGetter, 0), at(withGetter, 1))
  return out
}

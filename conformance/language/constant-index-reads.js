// description: a read with a constant index (a[1]) on arrays, holes filled from the prototype, indexes past the end, array-likes, strings, typed arrays and arguments, and a site that sees an array and a non-array in turn
// expect: [20, undefined, "from the prototype", undefined, "one", "b", 7, "arg1", [2, "y", 2, undefined]]
function test() {
  var out = []
  var a = [10, 20, 30]
  out.push(a[1])
  var holes = [1, , 3]
  out.push(holes[1])
  Array.prototype[1] = 'from the prototype'
  out.push(holes[1])
  delete Array.prototype[1]
  out.push(a[5])
  var like = { 0: 'zero', 1: 'one', length: 2 }
  out.push(like[1])
  out.push('abc'[1])
  var bytes = new Uint8Array([5, 7])
  out.push(bytes[1])
  out.push((function () { return arguments[1] })('arg0', 'arg1'))
  function second(x) { return x[1] }
  out.push([second([1, 2]), second({ 1: 'y' }), second([0, 2]), second([])])
  return out
}

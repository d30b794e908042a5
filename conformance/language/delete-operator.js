// description: delete removes own configurable properties and leaves holes in arrays
// expect: [true, true, true, {b: 2}, [1, <hole>, 3], 3]
function test() {
  var o = { a: 1, b: 2 }
  var arr = [1, 2, 3]
  var r1 = delete o.a
  var r2 = delete arr[1]
  var r3 = delete o.missing
  return [r1, r2, r3, o, arr, arr.length]
}

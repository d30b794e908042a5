// description: assigning or declaring a variable from a let still in its TDZ throws and leaves the variable as it was, for a let in the same function and one read from a closure
// expect: ["x=1 ReferenceError", "y=1 ReferenceError", "z=1 ReferenceError"]
// expect cloudfront-js-1.0: compile-error 7:20 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  var out = []
  var x = 1
  try { x = later; let later = 2 } catch (e) { out.push('x=' + x + ' ' + e.name) }
  var y = 1
  try { var y = later2; let later2 = 2 } catch (e) { out.push('y=' + y + ' ' + e.name) }
  var z = 1
  try {
    var read = function () { return late3 }
    z = read()
    let late3 = 3
  } catch (e) { out.push('z=' + z + ' ' + e.name) }
  return out
}

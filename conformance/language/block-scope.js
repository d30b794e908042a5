// description: let and const are scoped to their block; var is not
// expect: [1, "undefined", 2, 0, 10, "undefined"]
// expect cloudfront-js-1.0: compile-error 6:5 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  var out = []
  { let a = 1; var b = 2; out.push(a) }
  out.push(typeof a, b)
  for (let i = 0; i < 2; i++) { let i2 = i * 10; out.push(i2) }
  out.push(typeof i)
  return out
}

// description: assigning a const is a TypeError at run time
// expect: ["TypeError", 1]
// expect cloudfront-js-1.0: compile-error 5:3 `const` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  const k = 1
  try { k = 2 } catch (e) { return [e.name, k] }
}

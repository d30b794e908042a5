// description: a line break after throw is an error
// expect: error 5:3 a line break is not allowed between `throw` and its expression
function f() {
  throw
  new Error('x')
}

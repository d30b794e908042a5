// description: end of input inside a block
// expect: error 5:1 unexpected end of input: missing `}` to close the `{` at 3:14
function f() {
  return 1

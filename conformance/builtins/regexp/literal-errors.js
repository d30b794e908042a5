// description: an invalid regex literal is a compile-time SyntaxError naming the pattern (Node reports the same error as a SyntaxError when parsing)
// node: skip compile errors are rendered by edgefn's compiler
// expect: compile-error 5:10 invalid regular expression /a\b*/: Nothing to repeat
function test() {
  return /a\b*/;
}

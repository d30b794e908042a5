// description: string literal escapes, including \\u{...} and line continuations
// expect: [10, "a\tb\ncABC😀", "onetwo", true]
function test() {
  var s = 'a\tb\nc\x41\u0042\u{43}\u{1F600}'
  var cont = 'one\
two'
  return [s.length, s, cont, '\u00e9' === 'é']
}

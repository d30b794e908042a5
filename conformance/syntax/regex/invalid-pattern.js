// description: an invalid pattern is an early error
// expect: error 3:9 invalid regular expression /(/: Unterminated group
var r = /(/

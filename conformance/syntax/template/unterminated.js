// description: an unterminated template is an error
// expect: error 3:9 unterminated template literal
var s = `abc

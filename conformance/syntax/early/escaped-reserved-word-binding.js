// description: a reserved word written with escapes is still not an identifier
// expect: error 3:5 keyword `if` must not contain escaped characters
var \u0069f = 1

// description: 3in is an error
// expect: error 3:10 an identifier cannot start immediately after a numeric literal
var n = 3in [1]

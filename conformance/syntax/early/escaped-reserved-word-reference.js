// description: a reserved word written with escapes cannot be read as a variable either
// expect: error 3:30 keyword `new` must not contain escaped characters
var o = { n\u0065w: 1 }, x = n\u0065w

// description: a\n++ at the end cannot be postfix
// expect: error 6:1 unexpected end of input (expected an expression)
var a = 1
a
++

// description: a / b / c divides twice
// expect: ok
var a = 8, b = 2, c = 2
var r = a / b / c

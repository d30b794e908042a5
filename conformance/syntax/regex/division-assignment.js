// description: /= after an identifier is division-assignment
// expect: ok
var a = 4
a /= 2

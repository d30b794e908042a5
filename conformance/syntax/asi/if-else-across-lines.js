// description: if (a) b\nelse c
// expect: ok
var a, b, c
if (a) b
else c

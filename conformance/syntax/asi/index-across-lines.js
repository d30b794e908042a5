// description: a\n[0] is an index
// expect: ok
var a = [1]
var r = a
[0]

// description: a\n++b: the ++ belongs to b
// expect: ok
var a = 1, b = 2
a
++b

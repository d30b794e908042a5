// description: x\n/re/g.test(s) divides: no semicolon is inserted
// expect: ok
var x = 4, re = 2, g = { test: function () { return 1 } }, s
var y = x
/re/g.test(s)

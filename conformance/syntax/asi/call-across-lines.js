// description: a\n(b) is one call
// expect: ok
var a = function (v) { return v }
var r = a
(1)

// description: / after the ) of an if header starts a regex
// expect: ok
var s = 'a'
if (s) /a/.test(s)

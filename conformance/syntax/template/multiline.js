// description: template text may span lines
// expect: ok
var s = `line one
line two`

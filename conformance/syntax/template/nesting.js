// description: templates nest inside substitutions
// expect: ok
var a = 1
var s = `x${ `y${ a + 1 }z` }w`

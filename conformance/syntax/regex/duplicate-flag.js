// description: a flag may appear once
// expect: error 3:13 duplicate regular-expression flag `g`
var r = /a/gg

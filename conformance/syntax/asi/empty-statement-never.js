// description: an inserted semicolon never becomes an empty statement
// expect: error 5:1 unexpected `else` (expected a statement or `;`)
var a
if (a)
else a

// description: an unexpected token says what was expected
// expect: error 3:14 unexpected `;` (expected an expression or `)`)
var a = f(1, ;

// description: legacy octal literals are refused (strict mode)
// expect: error 3:9 legacy octal literals are not allowed in strict mode (use the 0o prefix)
var n = 017

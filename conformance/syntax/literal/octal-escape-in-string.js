// description: octal escapes in strings are refused (strict mode)
// expect: error 3:10 octal escape sequences are not allowed in strict mode
var s = '\17'

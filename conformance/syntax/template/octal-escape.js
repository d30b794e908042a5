// description: octal escapes are not allowed in templates
// expect: error 3:10 octal escape sequences are not allowed in template literals
var s = `\01`

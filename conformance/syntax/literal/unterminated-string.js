// description: a line break inside a string is an error
// expect: error 3:9 unterminated string literal
var s = 'abc
def'

// description: -a ** b is an error; (-a) ** b is not
// expect: error 4:12 the left side of `**` cannot be a unary expression: add parentheses, as in `(-a) ** b`
var a = 2
var r = -a ** 2

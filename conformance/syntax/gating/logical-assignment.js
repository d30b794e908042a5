// description: logical assignment operators
// expect cloudfront-js-1.0: error 5:3 logical assignment operators are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 5:3 logical assignment operators are not supported by cloudfront-js-2.0
var a = null
a ??= 1

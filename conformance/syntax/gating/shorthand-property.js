// description: shorthand properties
// expect cloudfront-js-1.0: error 5:13 shorthand properties are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 5:13 shorthand properties are not supported by cloudfront-js-2.0
var a = 1
var o = { a }

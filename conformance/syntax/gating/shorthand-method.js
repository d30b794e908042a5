// description: shorthand methods
// expect cloudfront-js-1.0: error 4:12 shorthand methods are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:12 shorthand methods are not supported by cloudfront-js-2.0
var o = { f() { return 1 } }

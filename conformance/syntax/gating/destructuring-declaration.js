// description: destructuring in a declaration
// expect cloudfront-js-1.0: error 4:5 destructuring is not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:5 destructuring is not supported by cloudfront-js-2.0
var { a, b } = { a: 1, b: 2 }

// description: spread in a call
// expect cloudfront-js-1.0: error 5:10 spread syntax (`...`) is not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 5:10 spread syntax (`...`) is not supported by cloudfront-js-2.0
var xs = [1, 2]
Math.max(...xs)

// description: spread in an array literal
// expect cloudfront-js-1.0: error 5:14 spread syntax (`...`) is not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 5:14 spread syntax (`...`) is not supported by cloudfront-js-2.0
var xs = [1, 2]
var ys = [0, ...xs]

// description: default parameter values
// expect cloudfront-js-1.0: error 4:17 default parameters are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:17 default parameters are not supported by cloudfront-js-2.0
function f(a, b = 2) { return a + b }

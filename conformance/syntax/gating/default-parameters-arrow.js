// description: default parameter values in arrows
// expect cloudfront-js-1.0: error 4:10 default parameters are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:10 default parameters are not supported by cloudfront-js-2.0
var f = (a = 1) => a

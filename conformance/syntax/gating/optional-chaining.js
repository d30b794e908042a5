// description: optional chaining
// expect cloudfront-js-1.0: error 5:10 optional chaining (`?.`) is not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 5:10 optional chaining (`?.`) is not supported by cloudfront-js-2.0
var o = {}
var v = o?.a

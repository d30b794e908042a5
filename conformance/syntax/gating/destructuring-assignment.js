// description: destructuring assignment
// expect cloudfront-js-1.0: error 5:2 destructuring is not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 5:2 destructuring is not supported by cloudfront-js-2.0
var a, b
;[a, b] = [1, 2]

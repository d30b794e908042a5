// description: destructuring in parameters
// expect cloudfront-js-1.0: error 4:12 destructuring is not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:12 destructuring is not supported by cloudfront-js-2.0
function f({ a }) { return a }

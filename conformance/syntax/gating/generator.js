// description: generator functions
// expect cloudfront-js-1.0: error 4:9 generators are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:9 generators are not supported by cloudfront-js-2.0
function* gen() { yield 1 }

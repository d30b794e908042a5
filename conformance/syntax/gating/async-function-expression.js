// description: async function expressions
// expect cloudfront-js-1.0: error 4:9 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: error 4:9 async function expressions are not supported by cloudfront-js-2.0
var f = async function () {}

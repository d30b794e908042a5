// description: nullish coalescing
// expect cloudfront-js-1.0: error 5:11 nullish coalescing (`??`) is not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 5:11 nullish coalescing (`??`) is not supported by cloudfront-js-2.0
var a = null
var v = a ?? 1

// description: BigInt literals are not listed
// expect cloudfront-js-1.0: error 4:9 BigInt literals are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:9 BigInt literals are not supported by cloudfront-js-2.0
var n = 10n

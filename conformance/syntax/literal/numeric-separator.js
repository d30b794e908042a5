// description: 1_000 is listed for 2.0 only
// expect cloudfront-js-1.0: error 4:10 numeric separators are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: ok
var n = 1_000_000

// description: y is listed for 2.0 only
// expect cloudfront-js-1.0: error 4:12 the regular-expression flag `y` is not supported by cloudfront-js-1.0 (it accepts `gim`)
// expect cloudfront-js-2.0: ok
var r = /a/y

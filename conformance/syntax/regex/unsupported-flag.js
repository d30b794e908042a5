// description: flags beyond g i m (1.0) and g i m y (2.0) are refused
// expect cloudfront-js-1.0: error 4:12 the regular-expression flag `s` is not supported by cloudfront-js-1.0 (it accepts `gim`)
// expect cloudfront-js-2.0: error 4:12 the regular-expression flag `s` is not supported by cloudfront-js-2.0 (it accepts `gimy`)
var r = /a/s

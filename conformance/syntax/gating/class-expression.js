// description: class expressions
// expect cloudfront-js-1.0: error 4:9 classes are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 4:9 classes are not supported by cloudfront-js-2.0
var C = class {}

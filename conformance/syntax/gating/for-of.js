// description: for...of
// expect cloudfront-js-1.0: error 5:12 `for...of` loops are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 5:12 `for...of` loops are not supported by cloudfront-js-2.0
var xs = [1]
for (var x of xs) {}

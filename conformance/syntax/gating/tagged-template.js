// description: tagged templates
// expect cloudfront-js-1.0: error 5:12 tagged templates are not supported by cloudfront-js-1.0
// expect cloudfront-js-2.0: error 5:12 tagged templates are not supported by cloudfront-js-2.0
function tag(s) { return s }
var v = tag`x`

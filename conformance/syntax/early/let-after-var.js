// description: let clashing with a var in the same scope
// expect cloudfront-js-1.0: error 5:1 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: error 5:5 `a` has already been declared
var a
let a

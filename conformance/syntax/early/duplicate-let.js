// description: let declared twice in one scope
// expect cloudfront-js-1.0: error 4:1 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: error 5:5 `a` has already been declared
let a = 1
let a = 2

// description: let\nx = 1 is one declaration (2.0)
// expect cloudfront-js-1.0: error 4:1 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: ok
let
x = 1

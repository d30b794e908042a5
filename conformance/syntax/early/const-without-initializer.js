// description: const needs an initializer
// expect cloudfront-js-1.0: error 4:1 `const` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: error 4:7 missing initializer in `const` declaration
const a

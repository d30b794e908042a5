// description: import inside a function
// expect cloudfront-js-1.0: error 5:3 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: error 5:3 `import` declarations may only appear at the top level of the file
function f() {
  import cf from 'cloudfront'
}

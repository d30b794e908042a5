// description: an arrow inside an async function is not async
// expect cloudfront-js-1.0: error 4:1 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: error 5:22 `await` is only valid in async functions
async function f(xs) {
  return xs.map(x => await x)
}

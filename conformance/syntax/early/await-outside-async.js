// description: await in a non-async function (2.0)
// expect cloudfront-js-1.0: error 5:10 `await` is not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: error 5:10 `await` is only valid in async functions
function f(p) {
  return await p
}

// description: a rejected handler promise is an execution error
// event: viewer-request
// expect: error TypeError: rejected on purpose (at 7:3)
// expect cloudfront-js-1.0: compile-error 5:1 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
async function handler(event) {
  await null;
  throw new TypeError("rejected on purpose");
}

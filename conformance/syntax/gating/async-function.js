// description: async function declarations (2.0 only)
// expect cloudfront-js-1.0: error 4:1 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect cloudfront-js-2.0: ok
async function handler(event) {
  return event.request
}

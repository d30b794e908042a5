// description: an async handler is awaited (2.0); 1.0 has no async functions
// event: viewer-request
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"},"x-async":{"value":"from-await"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
// expect cloudfront-js-1.0: compile-error 5:1 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
async function handler(event) {
  var v = await Promise.resolve("from-await");
  event.request.headers["x-async"] = { value: v };
  return event.request;
}

// description: import cf from "cloudfront" is accepted in 2.0 and binds the module object
// event: viewer-request
// logs: ["object"]
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
// expect cloudfront-js-1.0: compile-error 6:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
import cf from "cloudfront";
function handler(event) {
  console.log(typeof cf);
  return event.request;
}

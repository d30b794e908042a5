// description: without an associated store cf.kvs() throws
// event: viewer-request
// expect cloudfront-js-1.0: compile-error 5:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect: error Error: cf.kvs: no key value store is associated with this function (at 7:3)
import cf from "cloudfront";
function handler(event) {
  cf.kvs();
  return event.request;
}

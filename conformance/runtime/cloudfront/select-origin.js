// description: selectRequestOriginById records the origin ID and overrides
// event: viewer-request
// expect cloudfront-js-1.0: compile-error 5:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}} origin {"method":"selectRequestOriginById","originId":"vpc-origin-1","params":{"hostHeader":"app.example.com"}}
import cf from "cloudfront";
function handler(event) {
  cf.selectRequestOriginById("vpc-origin-1", { hostHeader: "app.example.com" });
  return event.request;
}

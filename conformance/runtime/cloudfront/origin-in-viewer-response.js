// description: origin changes are only allowed in viewer-request
// event: viewer-response
// expect cloudfront-js-1.0: compile-error 5:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect: error Error: cf.updateRequestOrigin can only be used in viewer-request functions (at 7:3)
import cf from "cloudfront";
function handler(event) {
  cf.updateRequestOrigin({ domainName: "origin.example.com" });
  return event.response;
}

// description: importing any other module is refused when the function is compiled
// event: viewer-request
// expect: compile-error SyntaxError: cannot import module "fs": only 'cloudfront' can be imported
// expect cloudfront-js-1.0: compile-error 5:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
import fs from "fs";
function handler(event) {
  return event.request;
}

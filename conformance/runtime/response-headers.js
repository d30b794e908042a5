// description: viewer-response adds security headers and keeps the cookies with their attributes
// event: viewer-response
// expect: output {"response":{"headers":{"content-type":{"value":"text/html; charset=UTF-8"},"server":{"value":"ExampleOrigin"},"via":{"value":"1.1 example.cloudfront.net (CloudFront)"},"strict-transport-security":{"value":"max-age=63072000; includeSubdomains; preload"},"x-content-type-options":{"value":"nosniff"},"x-frame-options":{"value":"DENY"}},"statusDescription":"OK","cookies":{"id":{"value":"a3fWa","attributes":"Expires=Wed, 05 Jan 2028 07:28:00 GMT"},"ab":{"value":"x","attributes":"Path=/","multiValue":[{"value":"x","attributes":"Path=/"},{"value":"y","attributes":"Path=/beta"}]}},"statusCode":200}}
function handler(event) {
  var response = event.response;
  var headers = response.headers;
  headers["strict-transport-security"] = { value: "max-age=63072000; includeSubdomains; preload" };
  headers["x-content-type-options"] = { value: "nosniff" };
  headers["x-frame-options"] = { value: "DENY" };
  return response;
}

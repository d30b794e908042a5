// description: updateRequestOrigin records the change with its parameters
// event: viewer-request
// expect cloudfront-js-1.0: compile-error 5:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}} origin {"method":"updateRequestOrigin","params":{"domainName":"origin.example.com","originPath":"/v2","customHeaders":{"x-origin-key":"abc"},"connectionAttempts":2,"timeouts":{"readTimeout":30,"connectionTimeout":5},"originShield":{"enabled":true,"region":"us-east-2"}}}
import cf from "cloudfront";
function handler(event) {
  cf.updateRequestOrigin({
    domainName: "origin.example.com",
    originPath: "/v2",
    customHeaders: { "x-origin-key": "abc" },
    connectionAttempts: 2,
    timeouts: { readTimeout: 30, connectionTimeout: 5 },
    originShield: { enabled: true, region: "us-east-2" }
  });
  return event.request;
}

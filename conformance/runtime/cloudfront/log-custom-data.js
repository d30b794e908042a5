// description: logCustomData URL-encodes its argument; edgeLocation is an object (empty unless the host sets one)
// event: viewer-request
// logs: ["object 0"]
// expect cloudfront-js-1.0: compile-error 6:1 `import` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}} logdata user%3D42%20plan%3Dpro
import cf from "cloudfront";
function handler(event) {
  cf.logCustomData("first");
  cf.logCustomData("user=42 plan=pro");
  console.log(typeof cf.edgeLocation + " " + Object.keys(cf.edgeLocation).length);
  return event.request;
}

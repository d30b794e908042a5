// description: every reading of the clock gives the invocation start time
// event: viewer-request
// logs: ["2025-01-01T00:00:00.000Z", "true"]
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
function handler(event) {
  var a = new Date();
  for (var i = 0; i < 1000; i++) {}
  console.log(a.toISOString());
  console.log("" + (Date.now() === a.getTime()));
  return event.request;
}

// description: the event object carries version, context, viewer and the parsed request, multiValue arrays in order
// event: viewer-request
// logs: ["1.0", "viewer-request EDFDVBD6EXAMPLE d111111abcdef8.cloudfront.net", "198.51.100.11", "a,b,c 2", "dark|compact", "undefined"]
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
function handler(event) {
  var q = event.request.querystring.tag;
  console.log(event.version);
  console.log(event.context.eventType + " " + event.context.distributionId + " " + event.context.distributionDomainName);
  console.log(event.viewer.ip);
  console.log(q.multiValue.map(function (e) { return e.value; }).join(",") + " " + q.multiValue.length);
  console.log(event.request.cookies.pref.multiValue.map(function (e) { return e.value; }).join("|"));
  console.log(typeof event.response);
  return event.request;
}

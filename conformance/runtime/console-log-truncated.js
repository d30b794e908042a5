// description: function logs stop at 10 KB; the line that crosses the limit is cut
// event: viewer-request
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"},"x-done":{"value":"yes"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
function handler(event) {
  var line = "";
  for (var i = 0; i < 1000; i++) line += "x";
  for (var j = 0; j < 12; j++) console.log(line);
  event.request.headers["x-done"] = { value: "yes" };
  return event.request;
}

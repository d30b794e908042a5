// description: changes inside multiValue arrays of entries the function otherwise left alone reach the result
// event: viewer-request
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"text/plain"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"},{"value":"d"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"}]}}}}
function handler(event) {
  var r = event.request;
  r.headers.accept.multiValue[1].value = "text/plain";
  r.querystring.tag.multiValue.push({ value: "d" });
  r.cookies.pref.multiValue.pop();
  return r;
}

// description: a write deep inside the request (a multiValue item) is seen when the request is handed back
// event: viewer-request
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/json"}]},"cloudfront-viewer-country":{"value":"DE"}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
function handler(event) {
  event.request.headers.accept.multiValue[1].value = 'application/json';
  return event.request;
}

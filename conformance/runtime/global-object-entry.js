// description: an entry object may be the global object: its value and multiValue are the script's top-level bindings of those names, read like any object's properties
// event: viewer-request
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"},"x-g":{"value":"from a var","multiValue":[{"value":"first"},{"value":"second"}]}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
var value = 'from a var';
var multiValue = [{ value: 'first' }, { value: 'second' }];
function handler(event) {
  var r = event.request;
  r.headers['x-g'] = globalThis;
  return r;
}

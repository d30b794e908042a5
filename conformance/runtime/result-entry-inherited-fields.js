// description: an entry whose value and multiValue come from its prototype (an ordinary object the function made) reads them through the prototype
// event: viewer-request
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"},"x-proto":{"value":"inherited","multiValue":[{"value":"i1"},{"value":"i2"}]}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
function handler(event) {
  var base = { value: 'inherited', multiValue: [{ value: 'i1' }, { value: 'i2' }] };
  event.request.headers['x-proto'] = Object.create(base);
  return event.request;
}

// description: an entry's prototype, accessors and freezing are honoured when the result is read
// event: viewer-request
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"getter"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE","multiValue":[{"value":"h1"},{"value":"h2"}]}},"method":"GET","querystring":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}},"uri":"/docs/guide","cookies":{"session":{"value":"abc123"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
function handler(event) {
  var r = event.request;
  Object.setPrototypeOf(r.headers["cloudfront-viewer-country"], { multiValue: [{ value: "h1" }, { value: "h2" }] });
  Object.defineProperty(r.headers["user-agent"], "value", { get: function () { return "getter"; }, enumerable: true });
  Object.freeze(r.cookies.session);
  return r;
}

// description: an entry object reused under another name, and a whole map moved to another field, read back with their contents
// event: viewer-request
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"curl/8.5.0"},"accept":{"value":"text/html","multiValue":[{"value":"text/html"},{"value":"application/xhtml+xml"}]},"cloudfront-viewer-country":{"value":"DE"},"x-copy":{"value":"www.example.com"}},"method":"GET","querystring":{},"uri":"/docs/guide","cookies":{"lang":{"value":"en"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]}}}}
function handler(event) {
  var r = event.request;
  r.headers["x-copy"] = r.headers.host;
  r.cookies = r.querystring;
  r.querystring = {};
  return r;
}

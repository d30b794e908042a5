// description: headers, cookies and query parameters added and changed in viewer-request
// event: viewer-request
// expect: output {"request":{"headers":{"host":{"value":"www.example.com"},"user-agent":{"value":"changed"},"cloudfront-viewer-country":{"value":"DE"},"x-added":{"value":"1"}},"method":"GET","querystring":{"lang":{"value":"de"},"tag":{"value":"a","multiValue":[{"value":"a"},{"value":"b,c"}]},"extra":{"value":""}},"uri":"/docs/guide/index.html","cookies":{"session":{"value":"new"},"pref":{"value":"dark","multiValue":[{"value":"dark"},{"value":"compact"}]}}}}
function handler(event) {
  var r = event.request;
  r.headers["x-added"] = { value: "1" };
  r.headers["user-agent"].value = "changed";
  r.cookies.session = { value: "new" };
  r.querystring.lang.value = "de";
  r.querystring.extra = { value: "" };
  delete r.headers.accept;
  r.uri = "/docs/guide/index.html";
  return r;
}

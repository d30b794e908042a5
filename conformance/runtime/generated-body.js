// description: a generated response with a text body, a base64 body object and a plain string body
// event: viewer-request
// expect: output {"response":{"headers":{"content-type":{"value":"text/plain"}},"cookies":{},"statusCode":200,"body":{"data":"aGVsbG8=","encoding":"base64"}}}
function handler(event) {
  var which = event.request.querystring.lang.value;
  return { statusCode: 200, headers: { "content-type": { value: "text/plain" } }, body: { encoding: "base64", data: "aGVsbG8=" } };
}

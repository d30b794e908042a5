// description: a header value may not contain line breaks
// event: viewer-request
// expect: error Invalid function result: request.headers["x-n"].value may not contain CR, LF or NUL
function handler(event) {
  event.request.headers["x-n"] = { value: "a\r\nset-cookie: x=1" };
  return event.request;
}

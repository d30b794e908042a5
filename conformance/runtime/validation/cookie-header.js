// description: cookies belong in request.cookies, not a cookie header
// event: viewer-request
// expect: error Invalid function result: request.headers["cookie"] cookies go in request.cookies, not in a header
function handler(event) {
  event.request.headers.cookie = { value: "a=1" };
  return event.request;
}

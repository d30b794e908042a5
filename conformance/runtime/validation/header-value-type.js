// description: a header value must be a string
// event: viewer-request
// expect: error Invalid function result: request.headers["x-n"].value must be a string, got a number
function handler(event) {
  event.request.headers["x-n"] = { value: 5 };
  return event.request;
}

// description: header names must be lowercase
// event: viewer-request
// expect: error Invalid function result: request.headers["X-Custom"] header names must be lowercase
function handler(event) {
  event.request.headers["X-Custom"] = { value: "1" };
  return event.request;
}

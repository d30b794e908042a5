// description: adding a read-only header is refused
// event: viewer-request
// expect: error Invalid function result: request.headers["content-length"] is read-only
function handler(event) {
  event.request.headers["content-length"] = { value: "10" };
  return event.request;
}

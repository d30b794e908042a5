// description: adding a disallowed header is refused
// event: viewer-request
// expect: error Invalid function result: request.headers["x-forwarded-proto"] is a disallowed header
function handler(event) {
  event.request.headers["x-forwarded-proto"] = { value: "https" };
  return event.request;
}

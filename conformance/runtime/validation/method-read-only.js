// description: request.method is read-only
// event: viewer-request
// expect: error Invalid function result: request.method is read-only (was "GET", set to "POST")
function handler(event) {
  event.request.method = "POST";
  return event.request;
}

// description: removing a read-only header counts as changing it
// event: viewer-request
// expect: error Invalid function result: request.headers["host"] is read-only and may not be removed
function handler(event) {
  delete event.request.headers.host;
  return event.request;
}

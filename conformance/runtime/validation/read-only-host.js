// description: host is read-only in viewer-request
// event: viewer-request
// expect: error Invalid function result: request.headers["host"] is read-only
function handler(event) {
  event.request.headers.host.value = "evil.example.com";
  return event.request;
}

// description: warning is read-only in viewer-response
// event: viewer-response
// expect: error Invalid function result: response.headers["warning"] is read-only
function handler(event) {
  event.response.headers.warning = { value: "199 - note" };
  return event.response;
}

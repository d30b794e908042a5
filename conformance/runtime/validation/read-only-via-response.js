// description: via is read-only in viewer-response
// event: viewer-response
// expect: error Invalid function result: response.headers["via"] is read-only
function handler(event) {
  event.response.headers.via = { value: "1.1 other" };
  return event.response;
}

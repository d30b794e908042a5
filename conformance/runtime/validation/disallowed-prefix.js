// description: headers starting with x-amz-cf- or x-edge- are disallowed
// event: viewer-request
// expect: error Invalid function result: request.headers["x-edge-location"] is a disallowed header
function handler(event) {
  event.request.headers["x-edge-location"] = { value: "SEA" };
  return event.request;
}

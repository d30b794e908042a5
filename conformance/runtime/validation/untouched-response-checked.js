// description: a response handed back untouched is checked as it stands, like any result
// event: invalid-response
// expect: error Invalid function result: response.headers["x-edge-location"] is a disallowed header
function handler(event) {
  return event.response;
}

// description: query strings may not contain #
// event: viewer-request
// expect: error Invalid function result: request.querystring["a#b"] may not contain spaces, control characters or '#'
function handler(event) {
  event.request.querystring["a#b"] = { value: "1" };
  return event.request;
}

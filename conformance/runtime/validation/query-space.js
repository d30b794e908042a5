// description: query strings may not contain spaces
// event: viewer-request
// expect: error Invalid function result: request.querystring["q"] may not contain spaces, control characters or '#'
function handler(event) {
  event.request.querystring.q = { value: "a b" };
  return event.request;
}

// description: a string is not a result
// event: viewer-request
// expect: error Invalid function result: the handler's result must be a request or response object, got a string
function handler(event) {
  return "GET /";
}

// description: the handler must return an object
// event: viewer-request
// expect: error Invalid function result: the handler's result must be a request or response object, got undefined
function handler(event) {
  event.request.uri = "/x";
}

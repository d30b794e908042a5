// description: headers must be an object
// event: viewer-request
// expect: error Invalid function result: request.headers must be an object, got an array
function handler(event) {
  event.request.headers = [];
  return event.request;
}

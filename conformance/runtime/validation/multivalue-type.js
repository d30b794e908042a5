// description: multiValue must be an array
// event: viewer-request
// expect: error Invalid function result: request.headers["accept"].multiValue must be an array, got an object
function handler(event) {
  event.request.headers.accept.multiValue = { value: "x" };
  return event.request;
}

// description: every multiValue item needs a string value
// event: viewer-request
// expect: error Invalid function result: request.headers["accept"].multiValue[2].value must be a string, got null
function handler(event) {
  event.request.headers.accept.multiValue.push({ value: null });
  return event.request;
}

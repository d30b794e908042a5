// description: a viewer-response function must return a response
// event: viewer-response
// expect: error Invalid function result: response.statusCode is required: a viewer-response function must return the response
function handler(event) {
  return event.request;
}

// description: a viewer-response function that hands back the event's request (untouched) is refused: the response is required
// event: viewer-response
// expect: error Invalid function result: response.statusCode is required: a viewer-response function must return the response
function handler(event) {
  return event.request;
}

// description: the URI with its query string must stay under 8192 characters
// event: viewer-request
// expect: error Invalid function result: request.uri with the query string must be under 8192 characters
function handler(event) {
  event.request.uri = "/" + new Array(8200).join("a");
  return event.request;
}

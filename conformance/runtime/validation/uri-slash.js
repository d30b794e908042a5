// description: request.uri must start with a slash
// event: viewer-request
// expect: error Invalid function result: request.uri must start with '/', got "index.html"
function handler(event) {
  event.request.uri = "index.html";
  return event.request;
}

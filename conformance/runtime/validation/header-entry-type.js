// description: a header entry must be an object
// event: viewer-request
// expect: error Invalid function result: request.headers["x-n"] must be an object with a string `value`, got a string
function handler(event) {
  event.request.headers["x-n"] = "plain";
  return event.request;
}

// description: a request handed back untouched is checked as it stands: an event read from JSON may hold what no result may
// event: invalid-request
// expect: error Invalid function result: request.headers["X-Upper"] header names must be lowercase
function handler(event) {
  return event.request;
}

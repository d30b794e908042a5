// description: an uncaught exception is an execution error with its location
// event: viewer-request
// expect: error TypeError: Cannot read property 'value' of undefined (at 6:10)
function handler(event) {
  var x = event.request.headers["no-such-header"];
  return x.value;
}

// description: an exception while the file's top level runs is an execution error too
// event: viewer-request
// expect: error ReferenceError: loadConfig is not defined (at 4:14)
var config = loadConfig();
function handler(event) {
  return event.request;
}

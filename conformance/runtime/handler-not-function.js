// description: a handler that is not a function is an execution error
// event: viewer-request
// expect: error TypeError: handler is not a function
var handler = 5;

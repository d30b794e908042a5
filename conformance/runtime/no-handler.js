// description: a file without a handler function is refused
// event: viewer-request
// expect: compile-error CompileError: the function must define `function handler(event)`
function main(event) {
  return event.request;
}

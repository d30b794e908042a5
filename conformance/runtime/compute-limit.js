// description: a function that never ends is stopped by the compute budget
// event: viewer-request
// expect: error The function exceeded its compute limit
function handler(event) {
  for (;;) {}
}

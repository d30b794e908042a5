// description: throwing a non-error value reports the value
// event: viewer-request
// expect: error Uncaught "plain string" (at 5:3)
function handler(event) {
  throw "plain string";
}

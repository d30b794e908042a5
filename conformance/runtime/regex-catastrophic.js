// description: catastrophic backtracking in a regex on request data is charged step by step and ends the event at the compute limit (it cannot be caught)
// event: viewer-request
// expect: error The function exceeded its compute limit
function handler(event) {
  var uri = '/' + 'a'.repeat(40) + event.request.uri;
  try {
    if (/^\/(a+)+b/.test(uri)) {
      return event.request;
    }
  } catch (e) {
    return event.request;
  }
  return event.request;
}

// description: a regex whose backtrack stack would grow past the event's memory limit ends the event with the memory-limit error
// event: viewer-request
// expect: error The function exceeded its memory limit
function handler(event) {
  var s = 'ab'.repeat(100000);
  event.request.headers['x-ok'] = { value: String(/^(?:a|b)*c/.test(s)) };
  return event.request;
}

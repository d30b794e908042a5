// description: a nested-quantifier pattern on a long near-miss (the classic ReDoS) ends the event at the compute limit instead of hanging
// event: viewer-request
// expect: error The function exceeded its compute limit
function handler(event) {
  var words = 'word '.repeat(30) + '!';
  event.request.headers['x-ok'] = { value: String(/^(\w+\s?)*$/.test(words)) };
  return event.request;
}

// description: a function that allocates without bound is stopped by the memory limit
// event: viewer-request
// expect: error The function exceeded its memory limit
function handler(event) {
  var all = [];
  for (var i = 0; i < 1e7; i++) all.push({ i: i, s: "item" + i });
  return event.request;
}

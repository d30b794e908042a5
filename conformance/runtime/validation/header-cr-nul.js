// description: a lone CR after a long clean prefix is refused like a line break; a tab is not
// event: viewer-request
// expect: error Invalid function result: request.headers["x-cr"].value may not contain CR, LF or NUL
function handler(event) {
  var h = event.request.headers;
  h["x-tab"] = { value: "a\tb" };
  h["x-cr"] = { value: "0123456789abcdef0123456789abcdef\rtail" };
  return event.request;
}

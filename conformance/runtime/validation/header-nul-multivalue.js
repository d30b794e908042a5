// description: a NUL in a later multiValue item is refused, naming the entry
// event: viewer-request
// expect: error Invalid function result: request.headers["x-m"].value may not contain CR, LF or NUL
function handler(event) {
  event.request.headers["x-m"] = {
    value: "first",
    multiValue: [{ value: "first" }, { value: "0123456789abcdef0123456789abcdef\u0000" }]
  };
  return event.request;
}

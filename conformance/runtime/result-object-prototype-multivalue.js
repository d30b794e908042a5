// description: a multiValue inherited from Object.prototype is read for every entry (here it changes the read-only host header); items of a multiValue are not read for their own
// event: viewer-request
// expect: error Invalid function result: request.headers["host"] is read-only
function handler(event) {
  Object.prototype.multiValue = [{ value: "from-prototype" }];
  return event.request;
}

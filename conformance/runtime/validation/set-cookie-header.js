// description: response cookies belong in response.cookies, not a set-cookie header
// event: viewer-response
// expect: error Invalid function result: response.headers["set-cookie"] cookies go in response.cookies, not in a header
function handler(event) {
  event.response.headers["set-cookie"] = { value: "a=1" };
  return event.response;
}

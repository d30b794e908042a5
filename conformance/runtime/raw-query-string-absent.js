// description: rawQueryString() is undefined when the request had no query string
// event: no-query
// logs: ["undefined"]
// logs cloudfront-js-1.0: ["no method"]
// expect: output {"request":{"headers":{},"method":"POST","querystring":{},"uri":"/","cookies":{}}}
// expect cloudfront-js-1.0: output {"request":{"headers":{},"method":"POST","querystring":{},"uri":"/","cookies":{}}}
function handler(event) {
  console.log(typeof event.request.rawQueryString === "function" ? "" + event.request.rawQueryString() : "no method");
  return event.request;
}

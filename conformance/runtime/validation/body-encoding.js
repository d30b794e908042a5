// description: body.encoding is text or base64
// event: viewer-request
// expect: error Invalid function result: response.body.encoding must be "text" or "base64", got "utf8"
function handler(event) {
  return { statusCode: 200, body: { data: "x", encoding: "utf8" } };
}

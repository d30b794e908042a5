// description: a base64 body must decode
// event: viewer-request
// expect: error Invalid function result: response.body.data is not valid base64
function handler(event) {
  return { statusCode: 200, body: { data: "not base64!", encoding: "base64" } };
}

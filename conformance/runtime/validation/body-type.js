// description: body is a string or {data, encoding}
// event: viewer-request
// expect: error Invalid function result: response.body must be a string or {data, encoding}, got a number
function handler(event) {
  return { statusCode: 200, body: 42 };
}

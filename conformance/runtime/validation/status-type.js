// description: statusCode must be a number
// event: viewer-request
// expect: error Invalid function result: response.statusCode must be a number, got a string
function handler(event) {
  return { statusCode: "302" };
}

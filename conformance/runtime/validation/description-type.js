// description: statusDescription must be a string
// event: viewer-request
// expect: error Invalid function result: response.statusDescription must be a string, got a number
function handler(event) {
  return { statusCode: 200, statusDescription: 200 };
}

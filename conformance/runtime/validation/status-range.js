// description: statusCode must be a valid HTTP status
// event: viewer-request
// expect: error Invalid function result: response.statusCode must be an integer from 100 to 599, got 1000
function handler(event) {
  return { statusCode: 1000 };
}

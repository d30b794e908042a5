// description: statusCode must be an integer
// event: viewer-request
// expect: error Invalid function result: response.statusCode must be an integer from 100 to 599, got 200.5
function handler(event) {
  return { statusCode: 200.5 };
}

// description: with statusCode put on Object.prototype, a literal without one is read as a response
// event: viewer-request
// expect: output {"response":{"headers":{"location":{"value":"/new"}},"cookies":{},"statusCode":301}}
function handler(event) {
  Object.prototype.statusCode = 301;
  return { headers: { location: { value: '/new' } } };
}

// description: a result that inherits statusCode (from a prototype the function made) is a response, read through the prototype
// event: viewer-request
// expect: output {"response":{"headers":{"location":{"value":"/moved"}},"statusDescription":"Found","cookies":{},"statusCode":302}}
function handler(event) {
  return Object.create({ statusCode: 302, statusDescription: 'Found', headers: { location: { value: '/moved' } } });
}

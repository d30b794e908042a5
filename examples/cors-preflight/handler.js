// Answers CORS preflight requests at the edge for allowed origins.
// Event type: viewer-request. Runtime: cloudfront-js-1.0 or 2.0.

var ALLOWED = ['https://app.example.com', 'https://admin.example.com'];

function handler(event) {
  var request = event.request;
  var origin = request.headers.origin && request.headers.origin.value;
  if (request.method !== 'OPTIONS' || !origin) {
    return request;
  }
  if (ALLOWED.indexOf(origin) === -1) {
    return { statusCode: 403, statusDescription: 'Forbidden' };
  }
  return {
    statusCode: 204,
    statusDescription: 'No Content',
    headers: {
      'access-control-allow-origin': { value: origin },
      'access-control-allow-methods': { value: 'GET, POST, PUT, DELETE' },
      'access-control-allow-headers': { value: 'authorization, content-type' },
      'access-control-max-age': { value: '86400' },
      vary: { value: 'Origin' }
    }
  };
}

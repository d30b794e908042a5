// Serves a single-page app: any URI without a file extension gets the
// app's /index.html, so client-side routes work on reload.
// Event type: viewer-request. Runtime: cloudfront-js-1.0 or 2.0.

function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (last.indexOf('.') === -1) {
    request.uri = '/index.html';
  }
  return request;
}

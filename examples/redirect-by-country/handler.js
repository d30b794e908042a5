// Sends viewers from Germany to the German site, and everyone to the
// canonical www host.
// Event type: viewer-request. Runtime: cloudfront-js-1.0 or 2.0.

function handler(event) {
  var request = event.request;
  var headers = request.headers;
  var host = headers.host ? headers.host.value : '';

  if (host !== 'www.example.com') {
    return redirect('https://www.example.com' + request.uri);
  }
  var country = headers['cloudfront-viewer-country'];
  if (country && country.value === 'DE' && request.uri.indexOf('/de/') !== 0) {
    return redirect('https://www.example.com/de' + request.uri);
  }
  return request;
}

function redirect(location) {
  return {
    statusCode: 302,
    statusDescription: 'Found',
    headers: { location: { value: location }, 'cache-control': { value: 'max-age=3600' } }
  };
}

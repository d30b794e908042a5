// Appends index.html to directory-style URIs, so that a static website
// stored in S3 serves /docs/ and /docs as /docs/index.html.
// Event type: viewer-request. Runtime: cloudfront-js-2.0.

async function handler(event) {
  const request = event.request
  const uri = request.uri

  if (uri.endsWith('/')) {
    request.uri += 'index.html'
  } else if (!uri.includes('.')) {
    request.uri += '/index.html'
  }

  return request
}

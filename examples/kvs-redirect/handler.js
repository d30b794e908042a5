// Redirects old paths to new ones, with the mapping kept in a key value
// store so it can change without publishing the function.
// Event type: viewer-request. Runtime: cloudfront-js-2.0.
// Try: edgefn test handler.js --events events --kvs redirects.json

import cf from 'cloudfront';

const kvs = cf.kvs();

async function handler(event) {
  const request = event.request;
  try {
    const target = await kvs.get('redirect:' + request.uri);
    return {
      statusCode: 301,
      statusDescription: 'Moved Permanently',
      headers: { location: { value: target } }
    };
  } catch (e) {
    // No mapping for this path: serve it as it is.
    return request;
  }
}

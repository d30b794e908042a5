// Checks an HS256 JSON Web Token from the query string (?jwt=...) and
// answers 401 when it is missing, forged or expired.
// Event type: viewer-request. Runtime: cloudfront-js-1.0 (uses njs byte
// strings: String.bytesFrom).

var crypto = require('crypto');

// In real use, keep the key out of the source (2.0: a key value store).
var KEY = 'LzdWGpAToQ1DqYuzHxE6YOqi7G3X2yvNBot9mCXfx5k';

function verify(token, key) {
  var segments = token.split('.');
  if (segments.length !== 3) {
    throw new Error('Not enough or too many segments');
  }
  var signingInput = segments[0] + '.' + segments[1];
  var expected = crypto.createHmac('sha256', key).update(signingInput).digest('base64url');
  if (expected !== segments[2]) {
    throw new Error('Signature verification failed');
  }
  var payload = JSON.parse(String.bytesFrom(segments[1], 'base64url'));
  if (payload.nbf && Date.now() < payload.nbf * 1000) {
    throw new Error('Token not yet active');
  }
  if (payload.exp && Date.now() > payload.exp * 1000) {
    throw new Error('Token expired');
  }
  return payload;
}

function handler(event) {
  var request = event.request;
  if (!request.querystring.jwt) {
    console.log('No token in the query string');
    return unauthorized();
  }
  try {
    var payload = verify(request.querystring.jwt.value, KEY);
    console.log('Token accepted for ' + payload.sub);
  } catch (e) {
    console.log(e.message);
    return unauthorized();
  }
  delete request.querystring.jwt;
  return request;
}

function unauthorized() {
  return { statusCode: 401, statusDescription: 'Unauthorized' };
}

// description: atob rejects malformed base64 with a TypeError (njs's type and wording; browsers and Node throw an InvalidCharacterError DOMException): a length leaving one digit over, characters outside the alphabet (including base64url's - and _ and non-ASCII), "=" anywhere but the end of a complete quad, more than two "="; and a missing argument
// node: skip Node throws a DOMException named InvalidCharacterError, which ECMAScript and njs do not have
// expect: ["TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: the string to be decoded is not correctly encoded", "TypeError: The \"input\" argument must be specified", "TypeError: the string to be decoded is not correctly encoded"]
// expect cloudfront-js-1.0: throws ReferenceError: atob is not defined
function test() {
  var fn = atob;
  var bad = ['Y', 'YWJjZ', 'YQ=', 'YQ===', 'Y===', '=YQ', 'Y=Q=', 'YQ= =x', '-_-_', 'YWJj\u00a0', '\u0100AAA', 'YQ==YQ==', 'YWJj!', 'YW\u000bJj', 'undefined'];
  var out = [];
  for (var i = 0; i < bad.length; i++) {
    try { out[i] = fn(bad[i]); } catch (e) { out[i] = e.name + ': ' + e.message; }
  }
  try { atob(); } catch (e) { out[out.length] = e.name + ': ' + e.message; }
  try { atob(undefined); } catch (e) { out[out.length] = e.name + ': ' + e.message; }
  return out;
}

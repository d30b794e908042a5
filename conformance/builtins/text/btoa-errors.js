// description: btoa of a string with any character above U+00FF is a TypeError (njs's type and wording; browsers and Node throw an InvalidCharacterError DOMException), as is a missing argument; exceptions from ToString propagate
// node: skip Node throws a DOMException named InvalidCharacterError, which ECMAScript and njs do not have
// expect: ["TypeError: invalid character (> U+00FF)", "TypeError: invalid character (> U+00FF)", "TypeError: invalid character (> U+00FF)", "TypeError: invalid character (> U+00FF)", "TypeError: The \"input\" argument must be specified", "RangeError: inner"]
// expect cloudfront-js-1.0: throws ReferenceError: btoa is not defined
function test() {
  var fn = btoa;
  var bad = ['\u0100', 'abc\u20ac', '\ud83d\ude00', '\ud800'];
  var out = [];
  for (var i = 0; i < bad.length; i++) {
    try { out[i] = fn(bad[i]); } catch (e) { out[i] = e.name + ': ' + e.message; }
  }
  try { btoa(); } catch (e) { out[out.length] = e.name + ': ' + e.message; }
  try { btoa({ toString: function () { throw new RangeError('inner'); } }); } catch (e) { out[out.length] = e.name + ': ' + e.message; }
  return out;
}

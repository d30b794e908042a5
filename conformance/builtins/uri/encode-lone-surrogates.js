// description: a lone surrogate (high without a following low, or a low on its own) is a URIError "URI malformed" in both encoders, wherever it is
// expect: ["URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "URIError: URI malformed", "%F0%90%80%80%F0%90%80%80"]
function test() {
  var bad = ['\ud800', '\udc00', 'a\ud800', '\ud800a', '\udc00\ud800', '\ud800\ud800\udc00', 'ok\udbff', '\udfff\udfff'];
  var out = [];
  for (var i = 0; i < bad.length; i++) {
    try { out[out.length] = encodeURI(bad[i]); } catch (e) { out[out.length] = e.name + ': ' + e.message; }
    try { out[out.length] = encodeURIComponent(bad[i]); } catch (e) { out[out.length] = e.name + ': ' + e.message; }
  }
  out[out.length] = encodeURIComponent('\ud800\udc00\ud800\udc00');
  return out;
}

// description: decoding what TextEncoder encoded gives back the string, with lone surrogates replaced by U+FFFD
// expect: [[true, 0], [true, 5], [true, 4], [true, 6], [false, 1], [false, 3], [false, 3]]
// expect cloudfront-js-1.0: throws ReferenceError: TextEncoder is not defined
function test() {
  var enc = new TextEncoder();
  var dec = new TextDecoder();
  var samples = ['', 'ascii', 'é€😀', '\u0000\u007f\u0080\u07ff\u0800\uffff', '\ud800', 'a\udc00b', '\ud83d\ude00\ud83d'];
  var out = [];
  for (var i = 0; i < samples.length; i++) {
    var back = dec.decode(enc.encode(samples[i]));
    out[i] = [back === samples[i], back.length];
  }
  return out;
}

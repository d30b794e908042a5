// description: decodeURIComponent undoes encodeURIComponent for every well-formed string, and decodeURI undoes encodeURI
// expect: [[true, true], [true, true], [true, true], [true, true], [true, true], [true, true], [true, true], [true, true]]
function test() {
  var samples = ['', 'plain', 'a b&c=d/e?f#g', '\u0000\u007f\u0080\u07ff\u0800\uffff', '\ud800\udc00\udbff\udfff', 'é€😀', '%25 100%', ';/?:@&=+$,#'];
  var out = [];
  for (var i = 0; i < samples.length; i++) {
    out[i] = [decodeURIComponent(encodeURIComponent(samples[i])) === samples[i], decodeURI(encodeURI(samples[i])) === samples[i]];
  }
  return out;
}

// description: njs decodes UTF-8 only, so labels of other WHATWG encodings (UTF-16, Latin-1/windows-1252, Shift_JIS...) are a RangeError
// node: skip Node's TextDecoder supports these encodings
// expect: ["RangeError: The \"utf-16le\" encoding is not supported", "RangeError: The \"utf-16\" encoding is not supported", "RangeError: The \"utf-16be\" encoding is not supported", "RangeError: The \"latin1\" encoding is not supported", "RangeError: The \"iso-8859-1\" encoding is not supported", "RangeError: The \"windows-1252\" encoding is not supported", "RangeError: The \"ascii\" encoding is not supported", "RangeError: The \"shift_jis\" encoding is not supported", "RangeError: The \"gbk\" encoding is not supported"]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  var Decoder = TextDecoder;
  var labels = ['utf-16le', 'utf-16', 'utf-16be', 'latin1', 'iso-8859-1', 'windows-1252', 'ascii', 'shift_jis', 'gbk'];
  var out = [];
  for (var i = 0; i < labels.length; i++) {
    try { out[i] = new Decoder(labels[i]).encoding; } catch (e) { out[i] = e.name + ': ' + e.message; }
  }
  return out;
}

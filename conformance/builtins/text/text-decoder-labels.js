// description: the label names UTF-8 in any of its WHATWG spellings, ignoring case and surrounding ASCII white space; the encoding accessor gives "utf-8"; an omitted or undefined label means UTF-8; a label naming no encoding is a RangeError naming it
// expect: ["utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "utf-8", "RangeError: The \"\" encoding is not supported", "RangeError: The \"utf_8\" encoding is not supported", "RangeError: The \"utf-8 \" encoding is not supported", "RangeError: The \"bogus\" encoding is not supported", "RangeError: The \"utf-8x\" encoding is not supported", "RangeError: The \"null\" encoding is not supported", "RangeError: The \"8\" encoding is not supported", "utf-8"]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  var labels = ['utf-8', 'UTF-8', 'utf8', 'Utf8', ' utf-8 ', '\tutf8\n', '\futf-8\r', 'unicode-1-1-utf-8', 'unicode11utf8', 'unicode20utf8', 'x-unicode20utf8', 'UNICODE-1-1-UTF-8',
    '', 'utf_8', 'utf-8\u00a0', 'bogus', 'utf-8x', null, 8, { toString: function () { return 'utf-8'; } }];
  var out = [new TextDecoder().encoding, new TextDecoder(undefined).encoding];
  for (var i = 0; i < labels.length; i++) {
    try { out[out.length] = new TextDecoder(labels[i]).encoding; } catch (e) { out[out.length] = e.name + ': ' + e.message; }
  }
  return out;
}

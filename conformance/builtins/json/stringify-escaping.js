// description: strings are quoted per ES2019: quote, backslash and the control characters with short escapes get them, other controls are \u00xx in lower case, lone surrogates are \udxxx escapes (well-formed JSON.stringify), paired surrogates and everything else are written as is, including / and U+2028
// expect: [61, true, "\"\\ud800\"", "\"\\udfff\"", true, "\"\\ude00\\ud83d\"", 18, true, "{\"\\ud800\\\"\\n\":\"\\u0000\"}"]
function test() {
  var controls = '';
  var all = ['\u0000', '\u0001', '\u0007', '\b', '\t', '\n', '\u000b', '\f', '\r', '\u000e', '\u001f', ' ', '"', '\\', '/', '\u007f', '\u0080', '\u00ff', '\u2028', '\u2029', '\ufeff', '\uffff'];
  for (var i = 0; i < all.length; i++) { controls += all[i]; }
  var s = JSON.stringify(controls);
  var lone = JSON.stringify('\ud800');
  var lowLone = JSON.stringify('\udfff');
  var pair = JSON.stringify('\ud83d\ude00');
  var swapped = JSON.stringify('\ude00\ud83d');
  var mixed = JSON.stringify('a\ud800\ud800\udc00b\udc00');
  var key = JSON.stringify({ '\ud800"\n': '\u0000' });
  return [s.length, s === '"\\u0000\\u0001\\u0007\\b\\t\\n\\u000b\\f\\r\\u000e\\u001f \\"\\\\/\u007f\u0080\u00ff\u2028\u2029\ufeff\uffff"',
    lone, lowLone, pair === '"\ud83d\ude00"', swapped, mixed.length, mixed === '"a\\ud800\ud800\udc00b\\udc00"', key];
}

// description: with fatal, malformed input (including an incomplete sequence at the end of the stream) throws a TypeError instead of decoding to U+FFFD, and well-formed input decodes normally; a streamed incomplete tail is not an error until the stream ends
// expect: [true, "aé", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "", "😀", "TypeError", "z"]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  function u8(a) { return new Uint8Array(a); }
  var d = new TextDecoder('utf-8', { fatal: true });
  var out = [d.fatal, d.decode(u8([0x61, 0xc3, 0xa9]))];
  var bad = [[0x80], [0x61, 0xff], [0xc0, 0x80], [0xed, 0xa0, 0x80], [0xe2, 0x82]];
  for (var i = 0; i < bad.length; i++) {
    try { out[out.length] = d.decode(u8(bad[i])); } catch (e) { out[out.length] = e.name; }
  }
  out[out.length] = d.decode(u8([0xf0, 0x9f]), { stream: true });
  out[out.length] = d.decode(u8([0x98, 0x80]));
  d.decode(u8([0xe2]), { stream: true });
  try { out[out.length] = d.decode(); } catch (e) { out[out.length] = e.name; }
  out[out.length] = d.decode(u8([0x7a]));
  return out;
}

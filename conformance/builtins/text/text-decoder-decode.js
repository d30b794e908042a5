// description: TextDecoder.prototype.decode reads UTF-8 from an ArrayBuffer, any typed array (its viewed bytes only) or a DataView; no input or undefined decodes to ""; characters of 1 to 4 bytes come out as UTF-16
// expect: ["aé€😀", 5, "xaé€😀y", "aé", "abcd", "", "", "", 2, 2, 6]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  var dec = new TextDecoder();
  var all = new Uint8Array([0x78, 0x61, 0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xf0, 0x9f, 0x98, 0x80, 0x79]);
  var inner = new Uint8Array(all.buffer, 1, 10);
  var s = dec.decode(inner);
  return [
    s, s.length, dec.decode(all.buffer), dec.decode(new DataView(all.buffer, 1, 3)), dec.decode(new Uint16Array(new Uint8Array([0x61, 0x62, 0x63, 0x64]).buffer)),
    dec.decode(), dec.decode(undefined), dec.decode(new Uint8Array(0)), dec.decode(new ArrayBuffer(2)).length,
    dec.decode(new Uint8Array([0xf4, 0x8f, 0xbf, 0xbf])).length, dec.decode(new Uint8Array([0x00, 0x7f, 0xc2, 0x80, 0xdf, 0xbf, 0xe0, 0xa0, 0x80, 0xef, 0xbf, 0xbf])).length
  ];
}

// description: a leading UTF-8 byte order mark (EF BB BF) is removed unless ignoreBOM is set; only the first one, only at the start of the stream, and a BOM split across streamed chunks is still removed
// expect: ["a", 1, "", 2, true, "", "a", "a", 2, 2]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  function u8(a) { return new Uint8Array(a); }
  var dec = new TextDecoder();
  var keep = new TextDecoder('utf-8', { ignoreBOM: true });
  var split = new TextDecoder();
  var a = split.decode(u8([0xef, 0xbb]), { stream: true });
  var b = split.decode(u8([0xbf, 0x61]));
  var later = new TextDecoder();
  var c = later.decode(u8([0x61]), { stream: true });
  var d = later.decode(u8([0xef, 0xbb, 0xbf, 0x62]));
  return [dec.decode(u8([0xef, 0xbb, 0xbf, 0x61])), dec.decode(u8([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf])).length, dec.decode(u8([0xef, 0xbb, 0xbf])),
    keep.decode(u8([0xef, 0xbb, 0xbf, 0x61])).length, keep.ignoreBOM, a, b, c, d.length, dec.decode(u8([0xef, 0xbb, 0x61])).length];
}

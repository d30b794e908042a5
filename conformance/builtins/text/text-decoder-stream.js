// description: with {stream: true}, an incomplete sequence at the end of a chunk waits for the next chunk; a call without stream flushes it (as U+FFFD if still incomplete) and resets the decoder; options {} or undefined mean no streaming
// expect: ["a", "", "€", "😀", "", "�", "b", "�", "", "�A", "", "é"]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  function u8(a) { return new Uint8Array(a); }
  var d = new TextDecoder();
  var r = [];
  r[0] = d.decode(u8([0x61, 0xe2]), { stream: true });
  r[1] = d.decode(u8([0x82]), { stream: true });
  r[2] = d.decode(u8([0xac, 0xf0, 0x9f]), { stream: true });
  r[3] = d.decode(u8([0x98, 0x80]), { stream: true });
  r[4] = d.decode(u8([0xe2]), { stream: true });
  r[5] = d.decode();
  r[6] = d.decode(u8([0x62]));
  r[7] = d.decode(u8([0xe2, 0x82]), {});
  r[8] = d.decode(u8([0xf0]), { stream: true });
  r[9] = d.decode(u8([0x41]), { stream: true });
  r[10] = d.decode(u8([0xc3]), { stream: 1 });
  r[11] = d.decode(u8([0xa9]), undefined);
  return r;
}

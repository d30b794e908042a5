// description: without fatal, each maximal ill-formed subsequence decodes to one U+FFFD (WHATWG UTF-8 decoder): stray continuation bytes, C0/C1/F5-FF, truncated sequences, overlong forms, surrogates, values past U+10FFFF, and an incomplete sequence at the end
// expect: [[1, "�"], [2, "�a"], [2, "��"], [2, "��"], [2, "�a"], [4, "����"], [2, "�("], [3, "���"], [1, "�"], [3, "���"], [1, "퟿"], [4, "����"], [1, "�"], [4, "����"], [1, "�"], [1, "�"], [5, "a�b�c"], [2, "�é"]]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  var dec = new TextDecoder();
  var cases = [[0x80], [0xbf, 0x61], [0xc0, 0x80], [0xc1, 0xbf], [0xff, 0x61], [0xf5, 0x80, 0x80, 0x80], [0xc3, 0x28], [0xe0, 0x80, 0x80], [0xe0, 0xa0],
    [0xed, 0xa0, 0x80], [0xed, 0x9f, 0xbf], [0xf0, 0x80, 0x80, 0x80], [0xf0, 0x90, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x98],
    [0x61, 0xe2, 0x82, 0x62, 0xf0, 0x9f, 0x63], [0xc3, 0xc3, 0xa9]];
  var out = [];
  for (var i = 0; i < cases.length; i++) {
    var s = dec.decode(new Uint8Array(cases[i]));
    out[i] = [s.length, s];
  }
  return out;
}

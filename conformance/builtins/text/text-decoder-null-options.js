// description: decode options of null are an empty dictionary (WebIDL), so the call does not stream: an incomplete tail is flushed as U+FFFD and the next call starts afresh
// node: skip Node treats null options as a streaming call and keeps the tail
// expect: ["�", "�A", "x"]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  var d = new TextDecoder();
  var a = d.decode(new Uint8Array([0xe2, 0x82]), null);
  var b = d.decode(new Uint8Array([0xf0]), { stream: true });
  var c = d.decode(new Uint8Array([0x41]), null);
  return [a, b + c, d.decode(new Uint8Array([0x78]), null)];
}

// description: TextEncoder must be called with new; instances inherit encode, encodeInto and the encoding getter (always "utf-8") from TextEncoder.prototype, tagged "TextEncoder"; the constructor ignores arguments
// expect: ["function", 0, "TextEncoder", "utf-8", "function", undefined, true, true, true, true, "[object TextEncoder]", 0, 2, [], true, "TypeError"]
// expect cloudfront-js-1.0: throws ReferenceError: TextEncoder is not defined
function test() {
  var enc = new TextEncoder('utf-16', { fatal: true });
  var d = Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding');
  var r = [
    typeof TextEncoder, TextEncoder.length, TextEncoder.name, enc.encoding, typeof d.get, d.set, d.configurable,
    Object.getPrototypeOf(enc) === TextEncoder.prototype, TextEncoder.prototype.constructor === TextEncoder, enc instanceof TextEncoder,
    Object.prototype.toString.call(enc), TextEncoder.prototype.encode.length, TextEncoder.prototype.encodeInto.length,
    Object.getOwnPropertyNames(enc), 'encoding' in enc
  ];
  try { TextEncoder(); } catch (e) { r[r.length] = e.name; }
  return r;
}

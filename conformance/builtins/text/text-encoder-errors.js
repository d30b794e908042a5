// description: TextEncoder errors (njs's wording): calling without new, methods and the encoding getter on a this that is not a TextEncoder, encodeInto with a destination that is not a Uint8Array
// node: skip the messages are njs's; Node's differ (and Node's encodeInto also rejects a non-string source, where WebIDL converts it)
// expect: ["TypeError: Constructor of TextEncoder requires 'new'", "TypeError: \"this\" is not a TextEncoder", "TypeError: \"this\" is not a TextEncoder", "TypeError: \"this\" is not a TextEncoder", "TypeError: The \"destination\" argument must be an instance of Uint8Array", "TypeError: The \"destination\" argument must be an instance of Uint8Array", "TypeError: The \"destination\" argument must be an instance of Uint8Array", "TypeError: The \"destination\" argument must be an instance of Uint8Array", "TypeError: Cannot convert a Symbol value to a string", [2, 2], [9, 9]]
// expect cloudfront-js-1.0: throws ReferenceError: TextEncoder is not defined
function test() {
  var enc = new TextEncoder();
  var getter = Object.getOwnPropertyDescriptor(TextEncoder.prototype, 'encoding').get;
  var attempts = [
    function () { return TextEncoder(); },
    function () { return TextEncoder.prototype.encode.call({}, 'a'); },
    function () { return TextEncoder.prototype.encodeInto.call(new TextDecoder(), 'a', new Uint8Array(1)); },
    function () { return getter.call(TextEncoder.prototype); },
    function () { return enc.encodeInto('a', [0]); },
    function () { return enc.encodeInto('a'); },
    function () { return enc.encodeInto('a', new Uint16Array(2)); },
    function () { return enc.encodeInto('a', new ArrayBuffer(2)); },
    function () { return enc.encode(Symbol()); },
    function () { var r = enc.encodeInto(12, new Uint8Array(4)); return [r.read, r.written]; },
    function () { var r = enc.encodeInto(undefined, new Uint8Array(20)); return [r.read, r.written]; }
  ];
  var out = [];
  for (var i = 0; i < attempts.length; i++) {
    try { out[i] = attempts[i](); } catch (e) { out[i] = e.name + ': ' + e.message; }
  }
  return out;
}

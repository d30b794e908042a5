// description: TextDecoder errors (njs's wording): calling without new, options that are not an object, methods and accessors on a this that is not a TextDecoder, decoding something that is not an ArrayBuffer or view, decode options that are not an object, malformed input when fatal
// node: skip the messages are njs's; Node's differ, and Node ignores decode options that are not objects
// expect: ["TypeError: Constructor of TextDecoder requires 'new'", "TypeError: The \"options\" argument must be of type object", "TypeError: The \"options\" argument must be of type object", "TypeError: \"this\" is not a TextDecoder", "TypeError: \"this\" is not a TextDecoder", "TypeError: \"this\" is not a TextDecoder", "TypeError: \"this\" is not a TextDecoder", "TypeError: The \"input\" argument must be an instance of ArrayBuffer or ArrayBufferView", "TypeError: The \"input\" argument must be an instance of ArrayBuffer or ArrayBufferView", "TypeError: The \"input\" argument must be an instance of ArrayBuffer or ArrayBufferView", "TypeError: The \"options\" argument must be of type object", "TypeError: The encoded data was not valid", "TypeError: Cannot convert a Symbol value to a string"]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  var dec = new TextDecoder();
  var fatalGetter = Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'fatal').get;
  var encodingGetter = Object.getOwnPropertyDescriptor(TextDecoder.prototype, 'encoding').get;
  var attempts = [
    function () { return TextDecoder(); },
    function () { return new TextDecoder('utf-8', 5); },
    function () { return new TextDecoder('utf-8', 'fatal'); },
    function () { return TextDecoder.prototype.decode.call({}, new Uint8Array(1)); },
    function () { return TextDecoder.prototype.decode.call(new TextEncoder()); },
    function () { return fatalGetter.call(TextDecoder.prototype); },
    function () { return encodingGetter.call(1); },
    function () { return dec.decode('abc'); },
    function () { return dec.decode([0x61]); },
    function () { return dec.decode(null); },
    function () { return dec.decode(new Uint8Array([0x61]), 5); },
    function () { return new TextDecoder('utf8', { fatal: true }).decode(new Uint8Array([0x80])); },
    function () { return new TextDecoder(Symbol()); }
  ];
  var out = [];
  for (var i = 0; i < attempts.length; i++) {
    try { out[i] = attempts[i](); } catch (e) { out[i] = e.name + ': ' + e.message; }
  }
  return out;
}

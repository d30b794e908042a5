// description: TextDecoder must be called with new; fatal and ignoreBOM come from the options (ToBoolean; null or undefined options mean both false) and are read-only accessors on the prototype, with encoding; the prototype is tagged "TextDecoder"
// expect: ["function", 0, "TextDecoder", "utf-8", false, false, true, true, false, false, false, false, [["function", undefined, true], ["function", undefined, true], ["function", undefined, true]], [], true, true, true, "[object TextDecoder]", 0, "TypeError", false, "TypeError"]
// expect cloudfront-js-1.0: throws ReferenceError: TextDecoder is not defined
function test() {
  var a = new TextDecoder();
  var b = new TextDecoder('utf8', { fatal: 'yes', ignoreBOM: {} });
  var c = new TextDecoder('utf8', { fatal: 0, ignoreBOM: '' });
  var n = new TextDecoder('utf8', null);
  var names = ['encoding', 'fatal', 'ignoreBOM'];
  var accessors = [];
  for (var i = 0; i < names.length; i++) {
    var d = Object.getOwnPropertyDescriptor(TextDecoder.prototype, names[i]);
    accessors[i] = [typeof d.get, d.set, d.configurable];
  }
  var r = [typeof TextDecoder, TextDecoder.length, TextDecoder.name, a.encoding, a.fatal, a.ignoreBOM, b.fatal, b.ignoreBOM, c.fatal, c.ignoreBOM, n.fatal, n.ignoreBOM,
    accessors, Object.getOwnPropertyNames(a), Object.getPrototypeOf(a) === TextDecoder.prototype, a instanceof TextDecoder, TextDecoder.prototype.constructor === TextDecoder,
    Object.prototype.toString.call(a), TextDecoder.prototype.decode.length];
  try { a.fatal = true; } catch (e) { r[r.length] = e.name; }
  r[r.length] = a.fatal;
  try { TextDecoder(); } catch (e) { r[r.length] = e.name; }
  return r;
}

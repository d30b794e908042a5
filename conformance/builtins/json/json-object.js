// description: the JSON object: an ordinary non-callable object with Object.prototype as prototype, tagged "JSON" by @@toStringTag, whose parse (length 2) and stringify (length 3) are writable, configurable, non-enumerable methods and not constructors
// expect: ["object", true, "[object JSON]", [], 2, "parse", 3, "stringify", true, false, true, true, false, true, true, "TypeError", "TypeError"]
function test() {
  var d = Object.getOwnPropertyDescriptor(JSON, 'parse');
  var g = Object.getOwnPropertyDescriptor(globalThis, 'JSON');
  var r = [
    typeof JSON, Object.getPrototypeOf(JSON) === Object.prototype, Object.prototype.toString.call(JSON), Object.keys(JSON),
    JSON.parse.length, JSON.parse.name, JSON.stringify.length, JSON.stringify.name,
    d.writable, d.enumerable, d.configurable, g.writable, g.enumerable, g.configurable, Object.isExtensible(JSON)
  ];
  try { new JSON.parse('1'); } catch (e) { r[r.length] = e.name; }
  try { JSON(); } catch (e) { r[r.length] = e.name; }
  return r;
}

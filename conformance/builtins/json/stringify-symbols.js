// description: JSON.stringify omits symbol values (null in arrays) and symbol-keyed properties, and a Symbol wrapper object serializes as an empty object
// expect: [undefined, "{\"b\":1}", "[null]", "{}", "{\"x\":[null]}"]
// expect cloudfront-js-1.0: throws ReferenceError: Symbol is not defined
function test() {
  var s = Symbol('k');
  var o = { a: s, b: 1 };
  o[s] = 'hidden';
  return [JSON.stringify(s), JSON.stringify(o), JSON.stringify([s]), JSON.stringify(Object(s)), JSON.stringify({ x: [Symbol.iterator] })];
}

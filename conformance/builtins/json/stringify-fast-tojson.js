// description: toJSON is looked up on every object value, own or inherited, as [[Get]] finds it (a getter for it runs each time), and called with the key; a toJSON added to a prototype while serializing applies to the objects reached after it, and toJSON on array elements gets the index as a string
// expect: ["[\"el0string\",1,null]", "{\"a\":\"first\",\"b\":\"late:b\",\"d\":\"late:d\"}", "{\"x\":\"array at \\\"x\\\" of 2\",\"y\":\"array at \\\"y\\\" of 1\"}", "\"array at \\\"\\\" of 1\"", "{\"a\":{\"b\":[{}]}}", "object,object,array,object", "[\"plain\",\"S1\",{\"s\":\"Ss\"}]", "{\"d\":\"1970-01-01T00:00:00.000Z\",\"nested\":{\"inner\":\"inner\"}}"]
function test() {
  var out = [];
  out.push(JSON.stringify([{ toJSON: function (k) { return 'el' + k + typeof k; } }, 1, { toJSON: function () { return undefined; } }]));
  var lateObject = { a: { toJSON: function () { Object.prototype.toJSON = function (k) { return 'late:' + k; }; return 'first'; } }, b: { c: 1 }, d: [1] };
  out.push(JSON.stringify(lateObject));
  delete Object.prototype.toJSON;
  Array.prototype.toJSON = function (k) { return 'array at ' + JSON.stringify(k) + ' of ' + this.length; };
  out.push(JSON.stringify({ x: [1, 2], y: [[3]] }));
  out.push(JSON.stringify([4]));
  delete Array.prototype.toJSON;
  var calls = [];
  Object.defineProperty(Object.prototype, 'toJSON', { get: function () { calls.push(Array.isArray(this) ? 'array' : 'object'); return undefined; }, configurable: true });
  out.push(JSON.stringify({ a: { b: [{}] } }));
  delete Object.prototype.toJSON;
  out.push(calls.join(','));
  String.prototype.toJSON = function (k) { return 'S' + k; };
  out.push(JSON.stringify(['plain', new String('boxed'), { s: new String('prop') }]));
  delete String.prototype.toJSON;
  out.push(JSON.stringify({ d: new Date(0), nested: { toJSON: function () { return { inner: { toJSON: function (k) { return k; } } }; } } }));
  return out;
}

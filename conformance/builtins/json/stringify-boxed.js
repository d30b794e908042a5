// description: Boolean objects are unwrapped through their internal slot; Number and String objects through ToNumber and ToString, so their valueOf/toString overrides are called; any other object with those methods is serialized as an object
// expect: ["[42,\"b\",false,{}]", "{\"n\":42,\"s\":\"b\",\"b\":false}", "true", "false"]
function test() {
  var n = Object(1);
  n.valueOf = function () { return 42; };
  var s = Object('a');
  s.toString = function () { return 'b'; };
  var b = Object(false);
  b.valueOf = function () { return true; };
  var plain = { valueOf: function () { return 1; }, toString: function () { return 'x'; } };
  return [JSON.stringify([n, s, b, plain]), JSON.stringify({ n: n, s: s, b: b }), JSON.stringify(Object(true)), JSON.stringify(b)];
}

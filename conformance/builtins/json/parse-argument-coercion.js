// description: JSON.parse converts its argument with ToString (so null, numbers, booleans and objects with toString parse, and a missing argument is the text "undefined"), and ignores a reviver that is not callable
// expect: [null, 12.5, 0, true, [7], "SyntaxError: \"undefined\" is not valid JSON", "SyntaxError: \"undefined\" is not valid JSON", "SyntaxError: \"[object Object]\" is not valid JSON", "SyntaxError: \"NaN\" is not valid JSON", "SyntaxError: \"Infinity\" is not valid JSON", "SyntaxError: No number after minus sign in JSON at position 1", {a: 1}, {a: 1}, "TypeError: from toString"]
function test() {
  var r = [];
  function t(f) { try { r[r.length] = f(); } catch (e) { r[r.length] = e.name + ': ' + e.message; } }
  t(function () { return JSON.parse(null); });
  t(function () { return JSON.parse(12.5); });
  t(function () { return JSON.parse(-0); });
  t(function () { return JSON.parse(true); });
  t(function () { return JSON.parse({ toString: function () { return '[7]'; } }); });
  t(function () { return JSON.parse(); });
  t(function () { return JSON.parse(undefined); });
  t(function () { return JSON.parse({}); });
  t(function () { return JSON.parse(NaN); });
  t(function () { return JSON.parse(Infinity); });
  t(function () { return JSON.parse(-Infinity); });
  t(function () { return JSON.parse('{"a":1}', 5); });
  t(function () { return JSON.parse('{"a":1}', {}); });
  t(function () { return JSON.parse({ toString: function () { throw new TypeError('from toString'); } }); });
  return r;
}

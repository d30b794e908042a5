// description: the argument is converted with ToString (undefined, null, numbers, booleans, objects with toString); a Symbol argument is a TypeError
// expect: ["undefined", "undefined", "null", "12.5", "true", "a%20b%2Fc", "0", "1e+21", "RangeError: from toString"]
function test() {
  var r = [encodeURI(), encodeURI(undefined), encodeURI(null), encodeURI(12.5), encodeURIComponent(true), encodeURIComponent({ toString: function () { return 'a b/c'; } }), encodeURIComponent(-0), encodeURI(1e21)];
  try { encodeURI({ toString: function () { throw new RangeError('from toString'); } }); } catch (e) { r[r.length] = e.name + ': ' + e.message; }
  return r;
}

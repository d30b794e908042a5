// description: Symbol(description) makes a new unique symbol whose description is ToString(description) (absent for undefined); new Symbol() is a TypeError
// expect: ["symbol", false, true, "Symbol(d)", "d", undefined, undefined, "null", "", "Symbol(12)", "obj", "Symbol(x)", "Symbol(a)", "TypeError: Symbol is not a constructor", "TypeError: Symbol is not a constructor", "TypeError: Cannot convert a Symbol value to a string"]
// expect cloudfront-js-1.0: throws ReferenceError: Symbol is not defined
function test() {
  var a = Symbol('d');
  var r = [typeof a, a === Symbol('d'), a === a, a.toString(), a.description,
    Symbol().description, Symbol(undefined).description, Symbol(null).description, Symbol('').description, Symbol(12).toString(),
    Symbol({ toString: function () { return 'obj'; } }).description, Symbol(Symbol('x').description).toString(), Symbol('a', 'ignored').toString()];
  try { new Symbol(); } catch (e) { r[r.length] = e.name + ': ' + e.message; }
  try { new Symbol('x'); } catch (e) { r[r.length] = e.name + ': ' + e.message; }
  try { Symbol(Symbol('nested')); } catch (e) { r[r.length] = e.name + ': ' + e.message; }
  return r;
}

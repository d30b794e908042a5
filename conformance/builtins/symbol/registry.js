// description: Symbol.for returns the one registered symbol per ToString(key), created on first use and distinct from Symbol(key); Symbol.keyFor gives a registered symbol's key and undefined for others, and throws a TypeError for non-symbols
// expect: [true, false, "Symbol(k)", "k", "k", undefined, undefined, "Symbol(undefined)", "undefined", true, true, "", true, true, false, "TypeError: 1 is not a symbol", "TypeError: x is not a symbol", "TypeError: #<Object> is not a symbol", "TypeError: undefined is not a symbol", "TypeError: null is not a symbol", "TypeError: true is not a symbol", "TypeError: [object Symbol] is not a symbol", "TypeError: undefined is not a symbol", "TypeError: Cannot convert a Symbol value to a string"]
// expect cloudfront-js-1.0: throws ReferenceError: Symbol is not defined
function test() {
  var k = Symbol.for('k');
  var r = [k === Symbol.for('k'), k === Symbol('k'), k.toString(), k.description, Symbol.keyFor(k), Symbol.keyFor(Symbol('k')),
    Symbol.keyFor(Symbol.iterator), Symbol.for().toString(), Symbol.keyFor(Symbol.for()), Symbol.for(1) === Symbol.for('1'),
    Symbol.for(null) === Symbol.for('null'), Symbol.keyFor(Symbol.for('')), Symbol.for({ toString: function () { return 'o'; } }) === Symbol.for('o'),
    Symbol.for('\ud800') === Symbol.for('\ud800'), Symbol.for('a') === Symbol.for('b')];
  var bad = [1, 'x', {}, undefined, null, true, Object(k)];
  for (var i = 0; i < bad.length; i++) {
    try { r[r.length] = Symbol.keyFor(bad[i]); } catch (e) { r[r.length] = e.name + ': ' + e.message; }
  }
  try { Symbol.keyFor(); } catch (e) { r[r.length] = e.name + ': ' + e.message; }
  try { Symbol.for(Symbol()); } catch (e) { r[r.length] = e.name + ': ' + e.message; }
  return r;
}

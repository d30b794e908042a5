// description: the well-known symbols the engine has are Symbol statics (non-writable, non-enumerable, non-configurable), distinct, unregistered, with descriptions "Symbol.name"
// expect: [["symbol", "Symbol.hasInstance", "Symbol(Symbol.hasInstance)", false, false, false, undefined], ["symbol", "Symbol.iterator", "Symbol(Symbol.iterator)", false, false, false, undefined], ["symbol", "Symbol.match", "Symbol(Symbol.match)", false, false, false, undefined], ["symbol", "Symbol.replace", "Symbol(Symbol.replace)", false, false, false, undefined], ["symbol", "Symbol.search", "Symbol(Symbol.search)", false, false, false, undefined], ["symbol", "Symbol.split", "Symbol(Symbol.split)", false, false, false, undefined], ["symbol", "Symbol.toPrimitive", "Symbol(Symbol.toPrimitive)", false, false, false, undefined], ["symbol", "Symbol.toStringTag", "Symbol(Symbol.toStringTag)", false, false, false, undefined], true]
// expect cloudfront-js-1.0: throws ReferenceError: Symbol is not defined
function test() {
  var names = ['hasInstance', 'iterator', 'match', 'replace', 'search', 'split', 'toPrimitive', 'toStringTag'];
  var out = [];
  for (var i = 0; i < names.length; i++) {
    var s = Symbol[names[i]];
    var d = Object.getOwnPropertyDescriptor(Symbol, names[i]);
    out[i] = [typeof s, s.description, s.toString(), d.writable, d.enumerable, d.configurable, Symbol.keyFor(s)];
  }
  out[out.length] = Symbol.iterator !== Symbol.toStringTag;
  return out;
}

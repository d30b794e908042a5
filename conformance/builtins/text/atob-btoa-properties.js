// description: atob and btoa are global methods of length 1 (writable, configurable, non-enumerable) and not constructors
// node: skip Node lends its own atob and btoa, plain script functions (enumerable, constructible); the engine's are built-ins like njs's
// expect: [[1, "atob", true, false, true, "TypeError"], [1, "btoa", true, false, true, "TypeError"]]
// expect cloudfront-js-1.0: throws ReferenceError: atob is not defined
function test() {
  var out = [];
  var fns = [atob, btoa];
  var names = ['atob', 'btoa'];
  for (var i = 0; i < 2; i++) {
    var d = Object.getOwnPropertyDescriptor(globalThis, names[i]);
    var constructs;
    try { new fns[i]('YQ=='); constructs = 'yes'; } catch (e) { constructs = e.name; }
    out[i] = [fns[i].length, fns[i].name, d.writable, d.enumerable, d.configurable, constructs];
  }
  return out;
}

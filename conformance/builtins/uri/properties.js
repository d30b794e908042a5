// description: the four URI functions are global methods of length 1 (writable, configurable, non-enumerable) and not constructors
// expect: [["function", 1, "encodeURI", true, false, true, "TypeError"], ["function", 1, "encodeURIComponent", true, false, true, "TypeError"], ["function", 1, "decodeURI", true, false, true, "TypeError"], ["function", 1, "decodeURIComponent", true, false, true, "TypeError"]]
function test() {
  var names = ['encodeURI', 'encodeURIComponent', 'decodeURI', 'decodeURIComponent'];
  var out = [];
  for (var i = 0; i < names.length; i++) {
    var d = Object.getOwnPropertyDescriptor(globalThis, names[i]);
    var f = globalThis[names[i]];
    var constructs = 'no';
    try { new f('a'); constructs = 'yes'; } catch (e) { constructs = e.name; }
    out[i] = [typeof f, f.length, f.name, d.writable, d.enumerable, d.configurable, constructs];
  }
  return out;
}

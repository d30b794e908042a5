// description: source, global, ignoreCase and multiline are accessors on RegExp.prototype (undefined on the prototype itself, TypeError on other objects); instances own only lastIndex
// expect: [true, false, true, false, true, true, "a\\/b", true, "TypeError", "function", undefined, false, true, "get global", "get source", "get ignoreCase", undefined, undefined, undefined, "(?:)", "/(?:)/", ["lastIndex"], 0, true, false, false, true, false, "TypeError: RegExp.prototype.global getter called on non-RegExp object", "TypeError: RegExp.prototype.source getter called on non-RegExp object", "TypeError"]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  var p = RegExp.prototype;
  var d = Object.getOwnPropertyDescriptor(p, "global");
  var li = Object.getOwnPropertyDescriptor(/a/, "lastIndex");
  var re = /x/gim;
  var assign = t(function () { re.global = false; return "assigned"; }).slice(0, 9);
  return [
    /a/g.global, /a/.global, /a/i.ignoreCase, /a/.ignoreCase, /a/m.multiline, /a/gm.multiline, /a\/b/.source, re.global, assign,
    typeof d.get, d.set, d.enumerable, d.configurable, d.get.name,
    Object.getOwnPropertyDescriptor(p, "source").get.name, Object.getOwnPropertyDescriptor(p, "ignoreCase").get.name,
    p.global, p.ignoreCase, p.multiline, p.source, String(p), Object.getOwnPropertyNames(/a/),
    li.value, li.writable, li.enumerable, li.configurable, "global" in /a/, /a/.hasOwnProperty("global"),
    t(function () { return d.get.call({}); }), t(function () { return Object.getOwnPropertyDescriptor(p, "source").get.call({}); }),
    t(function () { return d.get.call(1); }).slice(0, 9)
  ];
}

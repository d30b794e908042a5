// description: the 2.0 accessors sticky and flags (absent in 1.0): flags reads each flag property, sticky matches only at lastIndex
// expect: ["object", "object", "g", [true, "y", "gimy", "", "", undefined, [null, 0], [1, 2, null, 0], ["xxb", "baa", ["a", "a"], ["a", "b"]], "dgsuy", ["hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "sticky", "unicodeSets"], false]]
// expect cloudfront-js-1.0: ["undefined", "undefined", undefined, "throws SyntaxError"]
function test() {
  function t(f) { try { return f(); } catch (e) { return "throws " + e.name; } }
  var p = RegExp.prototype;
  var head = [typeof Object.getOwnPropertyDescriptor(p, "flags"), typeof Object.getOwnPropertyDescriptor(p, "sticky"), /a/g.flags];
  var rest = t(function () {
    var y = new RegExp("a", "y");
    var out = [y.sticky, y.flags, new RegExp("a", "ymig").flags, /a/.flags, p.flags, p.sticky];
    out[out.length] = [y.exec("ba"), y.lastIndex];
    y.lastIndex = 1;
    out[out.length] = [y.exec("ba").index, y.lastIndex, y.exec("ba"), y.lastIndex];
    var gy = new RegExp("a", "gy");
    out[out.length] = ["aab".replace(gy, "x"), "baa".replace(gy, "x"), "aaba".match(gy), "a,b".split(new RegExp(",", "y"))];
    out[out.length] = Object.getOwnPropertyDescriptor(p, "flags").get.call({ global: 1, sticky: "y", multiline: 0, hasIndices: true, dotAll: true, unicode: 1 });
    var order = [];
    var spy = {};
    var names = ["hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "sticky", "unicodeSets"];
    for (var i = 0; i < names.length; i++) {
      (function (n) { Object.defineProperty(spy, n, { get: function () { order[order.length] = n; return false; } }); })(names[i]);
    }
    Object.getOwnPropertyDescriptor(p, "flags").get.call(spy);
    out[out.length] = order;
    out[out.length] = new RegExp("s", "y").test("as");
    return out;
  });
  head[head.length] = rest;
  return head;
}

// description: concat converts every argument; localeCompare orders strings that sort the same by code units and by collation
// expect: ["x", "x1nullundefinedtrue2,3", "xAB", 2, "a", "b", "12", "TypeError: no", "TypeError: String.prototype.concat called on null or undefined", -1, 1, 0, -1, -1, 1, -1, 0, 1, 1]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  var log = [];
  var a = { toString: function () { log[log.length] = "a"; return "A"; } };
  var b = { toString: function () { log[log.length] = "b"; return "B"; } };
  return [
    "x".concat(), "x".concat(1, null, undefined, true, { toString: function () { return "2,3"; } }), "x".concat(a, b), log.length, log[0], log[1],
    String.prototype.concat.call(1, 2), t(function () { return "x".concat({ toString: function () { throw new TypeError("no"); } }); }),
    t(function () { return String.prototype.concat.call(null); }),
    "a".localeCompare("b"), "b".localeCompare("a"), "abc".localeCompare("abc"), "abc".localeCompare("abd"),
    "".localeCompare("a"), "a".localeCompare(""), "ab".localeCompare("abc"), "undefined".localeCompare(),
    "x".concat.length, "x".localeCompare.length
  ];
}

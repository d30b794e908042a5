// description: RegExp(pattern, flags) and new RegExp: ToString of both, RegExp arguments copied or returned, source escaping, lastIndex, SyntaxErrors
// expect: ["/a|b/", "/a/g", "/(?:)/", "/(?:)/", "/(?:)/", "/null/", "/123/", "/(?:)/gim", true, false, true, false, "/ab+c/gi", 0, "/ab+c/m", false, "/x+/g", ["p", "f"], 0, "\\/", "a\\/b", "[/]", "\\/", "\\n", "\\r\\u2028\\u2029", "\\n", "/\\n/", "(?:)", "[object RegExp]", "object", true, 2, "RegExp", true, true, "[object Object]", "SyntaxError", "SyntaxError", "SyntaxError", "SyntaxError", "SyntaxError: Invalid flags supplied to RegExp constructor 'gg'", "SyntaxError: Invalid flags supplied to RegExp constructor 'q'", "SyntaxError: Invalid regular expression: /(/: ", "SyntaxError: Invalid regular expression: /", "SyntaxError", "SyntaxError", "SyntaxError", "SyntaxError"]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  function name(f) { try { return f(); } catch (e) { return e.name; } }
  var re = /ab+c/gi;
  re.lastIndex = 3;
  var copy = new RegExp(re);
  var reflag = new RegExp(re, "m");
  var log = [];
  var p = { toString: function () { log[log.length] = "p"; return "x+"; } };
  var f = { toString: function () { log[log.length] = "f"; return "g"; } };
  var fromObjects = new RegExp(p, f);
  return [
    String(new RegExp("a|b")), String(RegExp("a", "g")), String(new RegExp()), String(new RegExp(undefined)),
    String(new RegExp(undefined, undefined)), String(new RegExp(null)), String(new RegExp(123, "")), String(new RegExp("", "gim")),
    RegExp(re) === re, new RegExp(re) === re, RegExp(re, undefined) === re, RegExp(re, "g") === re, String(copy), copy.lastIndex,
    String(reflag), reflag.global, String(fromObjects), log, fromObjects.lastIndex,
    new RegExp("/").source, new RegExp("a/b").source, new RegExp("[/]").source, new RegExp("\\/").source, new RegExp("\n").source,
    new RegExp("\r\u2028\u2029").source, new RegExp("\\\n").source, String(new RegExp("\n")), new RegExp("").source,
    Object.prototype.toString.call(re), typeof re, re instanceof RegExp, RegExp.length, RegExp.name,
    RegExp.prototype.constructor === RegExp, Object.getPrototypeOf(re) === RegExp.prototype,
    Object.prototype.toString.call(RegExp.prototype),
    name(function () { return new RegExp("("); }), name(function () { return new RegExp("a", "x"); }),
    name(function () { return new RegExp("a", "gg"); }), name(function () { return RegExp("[", "g"); }),
    t(function () { return new RegExp("a", "gg"); }), t(function () { return new RegExp("a", "q"); }),
    t(function () { return new RegExp("("); }).slice(0, 46),
    t(function () { return new RegExp("a)"); }).slice(0, 42),
    name(function () { return new RegExp("\\b*"); }), name(function () { return new RegExp("(?i:a)"); }),
    name(function () { return new RegExp("a{2}{3}"); }), name(function () { return new RegExp("(?<a>x)(?<a>y)"); })
  ];
}

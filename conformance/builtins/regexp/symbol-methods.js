// description: 2.0 lists RegExp.prototype[@@replace] and [@@split]; String.prototype.replace, replaceAll and split call a pattern's @@replace/@@split, match and search its @@match/@@search
// expect: ["function", "function", "[Symbol.replace]", "[Symbol.split]", 2, 2, "function", "function", ["R", ["S"], "M", 7], ["replace:abc:x", "split:abc:3", "match:abc", "search:abc"], "a-c-", ["a", "c", ""], ["a"], ["a", "b"], "TypeError", ["a", "b"], ["flags"], "TypeError", "abc", ["a", "", ""], "aBc"]
// expect cloudfront-js-1.0: "no Symbol"
function test() {
  if (typeof Symbol === "undefined") return "no Symbol";
  var p = RegExp.prototype;
  var log = [];
  var custom = {};
  custom[Symbol.replace] = function (s, r) { log[log.length] = "replace:" + s + ":" + r; return "R"; };
  custom[Symbol.split] = function (s, lim) { log[log.length] = "split:" + s + ":" + lim; return ["S"]; };
  custom[Symbol.match] = function (s) { log[log.length] = "match:" + s; return "M"; };
  custom[Symbol.search] = function (s) { log[log.length] = "search:" + s; return 7; };
  var results = ["abc".replace(custom, "x"), "abc".split(custom, 3), "abc".match(custom), "abc".search(custom)];
  var splitCtor = /-/;
  splitCtor.constructor = undefined;
  var badCtor = /-/;
  badCtor.constructor = 1;
  var stickySplit = [];
  var flagsSeen = [];
  var spy = /,/g;
  Object.defineProperty(spy, "flags", { get: function () { flagsSeen[flagsSeen.length] = "flags"; return "g"; } });
  return [
    typeof p[Symbol.replace], typeof p[Symbol.split], p[Symbol.replace].name, p[Symbol.split].name, p[Symbol.replace].length,
    p[Symbol.split].length, typeof p[Symbol.match], typeof p[Symbol.search], results, log,
    p[Symbol.replace].call(/b/g, "abcb", "-"), p[Symbol.split].call(/b/, "abcb"), p[Symbol.split].call(/b/, "abcb", 1),
    "a-b".split(splitCtor), (function () { try { return "a-b".split(badCtor); } catch (e) { return e.name; } })(),
    "a,b".split(spy), flagsSeen, (function () { try { return p[Symbol.replace].call(1, "a", "b"); } catch (e) { return e.name; } })(),
    p[Symbol.replace].call({ exec: function () { return null; }, global: false }, "abc", "x"),
    p[Symbol.split].call({ constructor: undefined, flags: "", source: "b" }, "abc"),
    "abc".replace({ toString: function () { return "b"; } }, "B")
  ];
}

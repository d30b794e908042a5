// description: lastIndex is read with ToLength on every exec, reset to 0 on failure of a global regexp, left alone by non-global ones, and its writes can throw
// expect: [1, 2, ["valueOf", "plain"], 1, "object", "TypeError", "TypeError", 0, "TypeError", null, 0, null, 0, 1, 1, [["a", "a", "a"], 0], ["bbb", 0], ["baa", 2], [4, 0]]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name; } }
  var log = [];
  var g = /b/g;
  g.lastIndex = { valueOf: function () { log[log.length] = "valueOf"; return 1; } };
  var r1 = g.exec("abab").index;
  var plain = /b/;
  plain.lastIndex = { valueOf: function () { log[log.length] = "plain"; return 3; } };
  var r2 = plain.exec("abab").index;
  var frozen = /a/g;
  Object.defineProperty(frozen, "lastIndex", { writable: false, value: 0 });
  var frozenPlain = /a/;
  Object.defineProperty(frozenPlain, "lastIndex", { writable: false, value: 0 });
  var big = /a/g;
  big.lastIndex = 9007199254740993;
  var inf = /a/g;
  inf.lastIndex = Infinity;
  var s = /b/g;
  s.lastIndex = 1;
  var searched = "abc".search(s);
  return [
    r1, g.lastIndex, log, r2, typeof plain.lastIndex, t(function () { return frozen.exec("a"); }),
    t(function () { return frozen.test("b"); }), frozenPlain.exec("a").index, t(function () { return "aa".replace(frozen, "b"); }),
    big.exec("aaa"), big.lastIndex, inf.exec("a"), inf.lastIndex, searched, s.lastIndex,
    (function () { var r = /a/g; r.lastIndex = 1; var m = "aaa".match(r); return [m, r.lastIndex]; })(),
    (function () { var r = /a/g; r.lastIndex = 2; var out = "aaa".replace(r, "b"); return [out, r.lastIndex]; })(),
    (function () { var r = /a/; r.lastIndex = 2; var out = "aaa".replace(r, "b"); return [out, r.lastIndex]; })(),
    (function () { var r = /(?:)/g; var out = "abc".match(r); return [out.length, r.lastIndex]; })()
  ];
}

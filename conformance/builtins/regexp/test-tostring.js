// description: test uses exec and updates lastIndex for global regexps; toString prints /source/flags; both are generic over objects
// expect: [[true, 1, true, 2, false, 0], true, false, true, true, false, true, true, false, "TypeError: RegExp exec method returned something other than an Object or null", "TypeError: Method RegExp.prototype.exec ", "/a\\/b[/]/gim", "/x/", "/(?:)/", "/z/i", true, "TypeError", "TypeError", 1, 0]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  var g = /a/g;
  var results = [g.test("aa"), g.lastIndex, g.test("aa"), g.lastIndex, g.test("aa"), g.lastIndex];
  var fake = { exec: function (s) { return s === "yes" ? {} : null; } };
  return [
    results, /b/.test("abc"), /B/.test("abc"), /B/i.test("abc"), /^b/m.test("a\nb"), /^b/.test("a\nb"), /undefined/.test(),
    RegExp.prototype.test.call(fake, "yes"), RegExp.prototype.test.call(fake, "no"),
    t(function () { return RegExp.prototype.test.call({ exec: function () { return 1; } }, "a"); }),
    t(function () { return RegExp.prototype.test.call({}, "a").slice(0, 40); }).slice(0, 40),
    String(/a\/b[/]/gim), /x/.toString(), String(new RegExp("")), RegExp.prototype.toString.call(/z/i),
    RegExp.prototype.toString.call({ source: "S", flags: "F" }).indexOf("/S/") === 0,
    t(function () { return RegExp.prototype.toString.call(1); }).slice(0, 9),
    t(function () { return RegExp.prototype.exec.call({}, "a"); }).slice(0, 9),
    /a/.test.length, /a/.toString.length
  ];
}

// description: match, replace, test and search call a regexp's own exec (RegExpExec), and read its results through [[Get]]
// expect: ["[B|ab|N][B|ab|N]ef", ["ab", "ab"], "##ef", [5, 5], 1, "h_llo", false, null, ["a+b+c", true, 1, ["X", "X"]], true]
function test() {
  var calls = 0;
  var re = /x/g;
  re.exec = function (s) {
    calls++;
    if (calls > 2) return null;
    return { 0: "ab", 1: "B", length: 2, index: calls * 2 - 2, groups: { n: "N" } };
  };
  var replaced = "abcdef".replace(re, "[$1|$&|$<n>]");
  calls = 0;
  var matched = "zzz".match(re);
  calls = 0;
  var fnArgs = [];
  var viaFn = "abcdef".replace(re, function () { fnArgs[fnArgs.length] = arguments.length; return "#"; });
  var one = /q/;
  one.exec = function () { return { index: 1, 0: "X" }; };
  var plain = /y/;
  plain.exec = function () { return null; };
  var protoExec = RegExp.prototype.exec;
  var seen = 0;
  RegExp.prototype.exec = function (s) { seen++; return protoExec.call(this, s); };
  var viaProto = ["a-b-c".replace(/-/g, "+"), /b/.test("abc"), "xbx".search(/b/), "aXbX".match(/X/g)];
  RegExp.prototype.exec = protoExec;
  return [
    replaced, matched, viaFn, fnArgs, "hello".search(one), "hello".replace(one, "_"), plain.test("yyy"), "y".match(plain),
    viaProto, seen > 0
  ];
}

// description: groups may nest 256 deep (the engine's tree passes are recursive); deeper patterns are SyntaxErrors; alternatives are not limited
// node: skip edgefn's nesting limit (Node accepts deeper patterns)
// expect: [true, "SyntaxError: Invalid regular expression: /(((((((((((((((((((((", "SyntaxError", true, true, [""]]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message.slice(0, 50); } }
  function name(f) { try { return f(); } catch (e) { return e.name; } }
  var alts1000 = "x|".repeat(1000) + "ab";
  return [
    new RegExp("(".repeat(256) + "a" + ")".repeat(256)).test("a"),
    t(function () { return new RegExp("(".repeat(257) + "a" + ")".repeat(257)); }),
    name(function () { return new RegExp("(?:".repeat(50000) + "a" + ")".repeat(50000)); }),
    new RegExp(alts1000).test("ab"),
    new RegExp(alts1000 + "|x|y").test("ab"),
    "abc".match("|".repeat(5000)).slice()
  ];
}

// description: patterns nested more than 128 groups deep or with more than 1000 alternatives are SyntaxErrors (the engine compiles recursively); smaller ones work
// node: skip edgefn's pattern size limits (Node accepts deeper patterns)
// expect: [true, "SyntaxError: Invalid regular expression: /(((((((((((((((((((((", "SyntaxError", true, "SyntaxError", "SyntaxError"]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message.slice(0, 50); } }
  function name(f) { try { return f(); } catch (e) { return e.name; } }
  var alts1000 = "x|".repeat(1000) + "ab";
  return [
    new RegExp("(".repeat(128) + "a" + ")".repeat(128)).test("a"),
    t(function () { return new RegExp("(".repeat(129) + "a" + ")".repeat(129)); }),
    name(function () { return new RegExp("(?:".repeat(50000) + "a" + ")".repeat(50000)); }),
    new RegExp(alts1000).test("ab"),
    name(function () { return new RegExp(alts1000 + "|x|y"); }),
    name(function () { return "abc".match("|".repeat(5000)); })
  ];
}

// description: a protocol method the script's top level puts on String.prototype is called by split on a string separator in every event (2.0); 1.0 has no Symbol
// expect: [["top", ","], "a-b"]
// expect cloudfront-js-1.0: "no Symbol"
if (typeof Symbol !== "undefined") {
  String.prototype[Symbol.split] = function (s) { return ["top", String(this)]; };
}
function test() {
  if (typeof Symbol === "undefined") return "no Symbol";
  return ["a,b".split(","), "a,b".replace(",", "-")];
}

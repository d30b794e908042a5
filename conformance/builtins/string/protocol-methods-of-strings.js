// description: split, replace, replaceAll (through @@replace), match and search look up the protocol symbol on a string argument: a method the function puts on Object.prototype (String.prototype untouched) or String.prototype is called (2.0); 1.0 has no Symbol
// expect: [["a", "b"], "a-b", "a-b", ["replace", ","], ["replace", ","], ["a", "b"], ["split", ","], ["match", ","], ["search", ","], "a-b", "a-b"]
// expect cloudfront-js-1.0: "no Symbol"
function test() {
  if (typeof Symbol === "undefined") return "no Symbol";
  var out = ["a,b".split(","), "a,b".replace(",", "-"), "a,b".replaceAll(",", "-")];
  function mark(name) { return function (s) { return [name, String(this)]; }; }
  Object.prototype[Symbol.replace] = mark("replace");
  out.push("a,b".replace(",", "-"), "a,b".replaceAll(",", "-"), "a,b".split(","));
  String.prototype[Symbol.split] = mark("split");
  String.prototype[Symbol.match] = mark("match");
  Object.prototype[Symbol.search] = mark("search");
  out.push("a,b".split(","), "a,b".match(","), "a,b".search(","));
  delete String.prototype[Symbol.split];
  delete Object.prototype[Symbol.replace];
  out.push("a,b".split(",").join("-"), "a,b".replace(",", "-"));
  return out;
}

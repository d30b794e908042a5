// description: named capture groups: groups objects (null prototype, every name, undefined when unmatched), \k backreferences, $<name> and replacer arguments
// expect: [{a: undefined, b: "y"}, true, undefined, null, true, false, "smith john", {key: "k", val: "v"}, ["key", "val"], ["abc", "a", "b", "c", index: 0, input: "abc", groups: {n: "b"}], {n: undefined}, "[x][][$<n]", ["a", "", "b"]]
function test() {
  var m = /(?<a>x)|(?<b>y)/.exec("y");
  var argsSeen = null;
  "k=v".replace(/(?<key>\w)=(?<val>\w)/, function () { argsSeen = arguments[arguments.length - 1]; return ""; });
  return [
    m.groups, "a" in m.groups, m.groups.a, Object.getPrototypeOf(m.groups), /(?<dup>a)\k<dup>/.test("aa"),
    /(?<dup>a)\k<dup>/.test("ab"), "john smith".replace(/(?<first>\w+) (?<last>\w+)/, "$<last> $<first>"),
    argsSeen, Object.keys(argsSeen), /(a)(?<n>b)(c)/.exec("abc"), /(?<n>a)?b/.exec("b").groups,
    "x".replace(/(?<n>x)/, "[$<n>][$<m>][$<n]"), "ab".split(/(?<sep>)/)
  ];
}

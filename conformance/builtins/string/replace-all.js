// description: replaceAll (2.0 only) replaces every occurrence of a string, rejects non-global RegExps and uses @@replace for global ones
// expect: ["function", ["a-b-", "bbb", "ba", "_a_b_c_", "_", "xyz", "a..b..c", "a[a]a[aba]", "a[ab]a[]", "$11$1", "aBcB", [1, 3], "a+b+c", "aBBc", "throws TypeError: String.prototype.replaceAll called with a non-global RegExp argument", "throws TypeError: String.prototype.replaceAll called with a non-global RegExp argument", "throws TypeError: String.prototype.replaceAll called on null or undefined", "u", 2]]
// expect cloudfront-js-1.0: ["undefined", "throws TypeError: (...).replaceAll is not a function"]
function test() {
  function t(f) { try { return f(); } catch (e) { return "throws " + e.name + ": " + e.message; } }
  var positions = [];
  return [
    typeof "".replaceAll,
    t(function () {
      return [
        "aXbX".replaceAll("X", "-"), "aaa".replaceAll("a", "b"), "aaa".replaceAll("aa", "b"), "abc".replaceAll("", "_"),
        "".replaceAll("", "_"), "xyz".replaceAll("q", "!"), "a.b.c".replaceAll(".", "$&$&"), "abab".replaceAll("b", "[$`]"),
        "abab".replaceAll("b", "[$']"), "a1a".replaceAll("a", "$1"),
        "abcb".replaceAll("b", function (m, p, str) { positions[positions.length] = p; return m.toUpperCase(); }), positions,
        "a-b-c".replaceAll(/-/g, "+"), "aBc".replaceAll(/b/gi, "$&$&"),
        t(function () { return "abc".replaceAll(/b/, "x"); }), t(function () { return "abc".replaceAll(new RegExp("b", "y"), "x"); }),
        t(function () { return String.prototype.replaceAll.call(null, "a", "b"); }),
        "undefined".replaceAll(undefined, "u"), "x".replaceAll.length
      ];
    })
  ];
}

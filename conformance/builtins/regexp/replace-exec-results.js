// description: @@replace reads what a user-defined exec returns: position clamped, overlapping results skipped, captures converted, length from the array-like
// expect: ["a[b]cdef", "[zzcdef]cdef", "abcdef[abcdef]", "ab[cd]ef", "[7X$3]cdef", "a[T]cdef", "abcd[5|$1]f", "[G|]bcdef", "TypeError", "TypeError", "ab<>def", [["string", "string", "undefined", "number", "string"], ["string", "string", "undefined", "number", "string"]]]
function test() {
  function run(results, template) {
    var i = 0;
    var re = /x/g;
    re.exec = function () { return i < results.length ? results[i++] : null; };
    return "abcdef".replace(re, template);
  }
  var seen = [];
  var fnRe = /x/g;
  var k = 0;
  fnRe.exec = function () {
    k++;
    if (k > 2) return null;
    return { 0: "c", 1: 5, 2: undefined, length: 3, index: 2 };
  };
  var out = "abcdef".replace(fnRe, function () {
    var a = [];
    for (var j = 0; j < arguments.length; j++) a[j] = typeof arguments[j];
    seen[seen.length] = a;
    return "<>";
  });
  return [
    run([{ 0: "b", index: 1, length: 1 }], "[$&]"),
    run([{ 0: "zz", index: -5, length: 1 }], "[$&$']"),
    run([{ 0: "z", index: 100, length: 1 }], "[$`]"),
    run([{ 0: "cd", index: 2, length: 1 }, { 0: "d", index: 3, length: 1 }], "[$&]"),
    run([{ 0: "ab", index: 0, length: 3, 1: "X", 2: 7 }], "[$2$1$3]"),
    run([{ 0: "a", index: "1", length: "2", 1: { toString: function () { return "T"; } } }], "[$1]"),
    run([{ 0: 5, index: 4.7, length: 0 }], "[$&|$1]"),
    run([{ 0: "a", index: 0, length: 1, groups: { g: "G" } }], "[$<g>|$<h>]"),
    (function () { try { return run([{ 0: "a", index: 0, length: 1, groups: null }], "[$<g>]"); } catch (e) { return e.name; } })(),
    (function () { try { return run([{ 0: "a", index: 0, length: 1, groups: null }], "[$1]"); } catch (e) { return e.name; } })(),
    out, seen
  ];
}

// description: a regex literal makes a new object each time it is evaluated, sharing the pattern but not lastIndex
// expect: [false, 0, true, false, 2, "/[/]\\//", "\\n", true, true, true, true, true, true, "a", "(?:)", "", true, true, true, true, false, 1, true, 2]
function test() {
  function make() { return /a/g; }
  var a = make();
  var b = make();
  a.lastIndex = 2;
  var objs = [];
  for (var i = 0; i < 3; i++) {
    var r = /x(\d)/g;
    r.exec("x1x2");
    objs[i] = r;
  }
  return [
    a === b, b.lastIndex, a.source === b.source, objs[0] === objs[1], objs[2].lastIndex, String(/[/]\//), /\n/.source,
    /a{,2}/.test("a{,2}"), /\cJ/.test("\n"), /[\b]/.test("\b"), /\0/.test("\0"), /]/.test("]"), /{/.test("{"),
    /\1(a)/.exec("aa")[0], /(?:)/.source, /a|/.exec("b")[0], /\u{41}/.test("u".repeat(41)), /\u{2}x/.test("uux"), /\uD83D\uDE00/.test("\uD83D\uDE00"), /^[\uD83D\uDE00]$/.test("\uD83D"), /^.$/.test("\uD83D\uDE00"), /[\uD800-\uDBFF][\uDC00-\uDFFF]/.exec("a\uD83D\uDE00").index, /\u0041\x41\101/.test("AAA"), "\uD83D\uDE00".replace(/\uDE00/, "!").length
  ];
}

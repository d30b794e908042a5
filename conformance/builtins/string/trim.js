// description: trim, trimStart and trimEnd remove ECMAScript white space and line terminators only
// expect: ["x", 26, 26, "", 3, 2, "a b", "a b  ", "  a b", "", "abc", "123", "a ,b ", 2, "x", 0, "trimStart", "trimEnd"]
function test() {
  var ws = "\u0009\u000A\u000B\u000C\u000D\u0020\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000\uFEFF";
  return [
    (ws + "x" + ws).trim(), (ws + "x" + ws).trimStart().length, (ws + "x" + ws).trimEnd().length, ws.trim(),
    " \u180Ex\u180E ".trim().length, "\u200Bx".trim().length, "  a b  ".trim(), "  a b  ".trimStart(), "  a b  ".trimEnd(),
    "".trim(), "abc".trim(), String.prototype.trim.call(123), String.prototype.trimStart.call({ toString: function () { return " a ,b "; } }),
    "\u0085x".trim().length, "x\u00A0".trimEnd(),
    "a".trim.length, "".trimStart.name, "".trimEnd.name
  ];
}

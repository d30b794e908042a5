// description: the njs byte-string methods of 1.0 (bytesFrom, fromBytes, fromUTF8, toBytes, toUTF8); absent in 2.0. A byte string is a string of code units 0-255
// node: skip njs byte strings
// expect: ["undefined", "undefined", "undefined", "undefined", "undefined"]
// expect cloudfront-js-1.0: ["function", "function", "function", "function", "function", 8, [206, 190, 207, 128, 207, 131], "£", null, "abc", "é", null, "d", "x", "é", "€", null, "bc", "ab", "", "abc", "ABC", "ef", "bcde", "", "uro", "hello", "hello", [255, 239], [255, 239], [], [194, 163], [194], "", [1, 2], "hello", "A", "", "ABC", [2, 1], [255], "AB", "", "TypeError: Unknown encoding: \"utf8\"", "TypeError: \"encoding\" must be a string", "TypeError: value must be a string or array-like object", "TypeError: String.prototype.toUTF8 called on null or undefined", [239, 191, 189], [195, 169, 226, 130, 172], "hello", "✓ à la mode"]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  function codes(s) {
    if (typeof s !== "string") return s;
    var out = [];
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  var head = [typeof String.bytesFrom, typeof "".fromBytes, typeof "".fromUTF8, typeof "".toBytes, typeof "".toUTF8];
  if (typeof String.bytesFrom !== "function") {
    return head;
  }
  var rest = [
    "αβγδ".toUTF8().length, codes("ξπσ".toUTF8()), "£".toUTF8().fromUTF8(), "\u00c3".fromUTF8(), "abc".fromUTF8(),
    "\u00c3\u00a9".fromUTF8(), "\u00ff".fromUTF8(), "abcd".fromUTF8(3), "x€".fromUTF8(0, 1), "é".fromBytes(), "€".fromBytes(),
    "é€".toBytes(), "abc".toBytes(1), "abc".toBytes(-3, 2), "abc".toBytes(5), "abc".toBytes(), "ABC".fromBytes(0, 99),
    "abcdef".toBytes(-2), "abcdef".toBytes(1, -1), "abcdef".fromBytes(2, 1), "€uro".fromUTF8(1),
    String.bytesFrom("aGVsbG8=", "base64"), String.bytesFrom("aGVsbG8", "base64"), codes(String.bytesFrom("_-8", "base64url")),
    codes(String.bytesFrom("/+8", "base64")), codes(String.bytesFrom("_-8", "base64")),
    codes(String.bytesFrom("c2a3", "hex")), codes(String.bytesFrom("C2A", "hex")), String.bytesFrom("zz", "hex"),
    codes(String.bytesFrom("0102zz03", "hex")), String.bytesFrom(new String("aGVsbG8="), "base64"), String.bytesFrom("QQ==", "base64"),
    String.bytesFrom("Q", "base64"), String.bytesFrom([65, 66, 67 + 256]), codes(String.bytesFrom({ length: 2, 0: 2, 1: 1 })),
    codes(String.bytesFrom([-1])), String.bytesFrom([65.7, "66"]), String.bytesFrom([]),
    t(function () { return String.bytesFrom("ab", "utf8"); }), t(function () { return String.bytesFrom("ab"); }),
    t(function () { return String.bytesFrom(12); }), t(function () { return String.prototype.toUTF8.call(null); }),
    codes("\uD800".toUTF8()), codes("é€".toUTF8()), String.bytesFrom("68656c6c6f", "hex").fromUTF8(),
    String.bytesFrom("4pyTIMOgIGxhIG1vZGU=", "base64").fromUTF8()
  ];
  for (var i = 0; i < rest.length; i++) {
    head[head.length] = rest[i];
  }
  return head;
}

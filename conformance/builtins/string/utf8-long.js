// description: toUTF8 and fromUTF8 on ASCII, Latin-1 and wide text longer than 256 bytes, whole and sliced, including a slice that cuts a character (1.0 only)
// node: skip njs byte strings
// expect: "undefined"
// expect cloudfront-js-1.0: [400, true, true, 290, 285, 640, true, null, "éa", null, 2, "abc", "bc", "", ""]
function test() {
  if (typeof String.bytesFrom !== "function") {
    return typeof "".toUTF8;
  }
  var ascii = "", mixed = "";
  for (var i = 0; i < 400; i++) {
    ascii = ascii + String.fromCharCode(32 + i % 95);
    mixed = mixed + (i % 3 === 0 ? "\u00e9" : i % 5 === 0 ? "\u20ac" : "a");
  }
  var a8 = ascii.toUTF8(), m8 = mixed.toUTF8();
  return [
    a8.length, a8 === ascii, a8.fromUTF8() === ascii, a8.fromUTF8(10, 300).length, ascii.toUTF8(5, 290).length,
    m8.length, m8.fromUTF8() === mixed, m8.fromUTF8(0, 5), m8.slice(0, 3).fromUTF8(), m8.fromUTF8(1),
    "\u00e9".toUTF8().length, "abc".toUTF8(), "abc".fromUTF8(1), "".toUTF8(), "".fromUTF8()
  ];
}

// description: String.bytesFrom decodes base64 and base64url (padded or not) and hex up to the first character outside the alphabet ("=", " ", "é", "€"), drops an incomplete last byte, and handles text longer than its 256-character decoding blocks (1.0 only)
// node: skip njs byte strings
// expect: "undefined"
// expect cloudfront-js-1.0: ["foobar", "fooba", "fooba", "foob", "foob", "foo", "foo", "f", "foo", "foo", "", [251, 255, 0], [251, 255, 0], [], "", "", "", 302, [251, 255, 0], [251, 255, 0, 65, 66], 301, [0, 65], [10, 255], [171, 205, 239], "", [171], "", [1], [1], [1], "", 300, [251, 255, 0], 34, "{\"sub\":\"user-42\",\"exp\":4102444800}", "é", "€"]
function test() {
  function codes(s) {
    if (typeof s !== "string") return s;
    var out = [];
    for (var i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  if (typeof String.bytesFrom !== "function") {
    return typeof String.bytesFrom;
  }
  var long64 = "", longUrl = "", longHex = "";
  for (var i = 0; i < 100; i++) {
    long64 = long64 + "+/8A";
    longUrl = longUrl + "-_8A";
    longHex = longHex + "fbff00";
  }
  var big = String.bytesFrom(long64 + "QUI", "base64");
  var bigUrl = String.bytesFrom(longUrl + "QQ", "base64url");
  var bigHex = String.bytesFrom(longHex + "4", "hex");
  return [
    String.bytesFrom("Zm9vYmFy", "base64"), String.bytesFrom("Zm9vYmE=", "base64"), String.bytesFrom("Zm9vYmE", "base64"),
    String.bytesFrom("Zm9vYg==", "base64"), String.bytesFrom("Zm9vYg", "base64url"), String.bytesFrom("Zm9vY", "base64"),
    String.bytesFrom("Zm9v YmFy", "base64"), String.bytesFrom("Zg==Zm9v", "base64"), String.bytesFrom("Zm9v\u00e9YmFy", "base64"),
    String.bytesFrom("Zm9v\u20acYmFy", "base64"), String.bytesFrom("\u20ac", "base64"), codes(String.bytesFrom("+/8A-_8A", "base64")),
    codes(String.bytesFrom("-_8A+/8A", "base64url")), codes(String.bytesFrom("/+8", "base64url")), String.bytesFrom("", "base64"),
    String.bytesFrom("=", "base64url"), String.bytesFrom("Q", "base64url"),
    big.length, codes(big.slice(0, 3)), codes(big.slice(297)), bigUrl.length, codes(bigUrl.slice(-2)),
    codes(String.bytesFrom("0aFf", "hex")), codes(String.bytesFrom("AbCdEf", "hex")), String.bytesFrom("a", "hex"),
    codes(String.bytesFrom("abc", "hex")), String.bytesFrom("0g12", "hex"), codes(String.bytesFrom("01 02", "hex")),
    codes(String.bytesFrom("01\u00e902", "hex")), codes(String.bytesFrom("01\u20ac02", "hex")), String.bytesFrom("", "hex"),
    bigHex.length, codes(bigHex.slice(-3)),
    codes(String.bytesFrom("eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjo0MTAyNDQ0ODAwfQ", "base64url")).length,
    String.bytesFrom("eyJzdWIiOiJ1c2VyLTQyIiwiZXhwIjo0MTAyNDQ0ODAwfQ", "base64url"),
    String.bytesFrom("w6k", "base64url").fromUTF8(), String.bytesFrom("4oKs", "base64").fromUTF8()
  ];
}

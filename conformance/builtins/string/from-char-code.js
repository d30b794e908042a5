// description: String.fromCharCode applies ToUint16; String.fromCodePoint accepts integral code points up to 0x10FFFF and throws RangeError otherwise
// expect: ["", "ABC", "A", 65535, "A", "B", 0, 0, 2, 55296, "BC", 2, 1, 1, "fromCharCode", "", 3, 56832, 55296, "A", "\u0000", 1114111, "RangeError: Invalid code point -1", "RangeError: Invalid code point 1.5", "RangeError: Invalid code point NaN", "RangeError: Invalid code point 1114112", "RangeError: Invalid code point Infinity", "RangeError: Invalid code point NaN", "RangeError: Invalid code point NaN"]
function test() {
  function t(f) { try { return f(); } catch (e) { return e.name + ": " + e.message; } }
  var calls = [];
  var a = { valueOf: function () { calls[calls.length] = "a"; return 66; } };
  var b = { valueOf: function () { calls[calls.length] = "b"; return 67; } };
  return [
    String.fromCharCode(), String.fromCharCode(65, 66, 67), String.fromCharCode(65 + 65536),
    String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(65.9), String.fromCharCode("66"),
    String.fromCharCode(NaN).charCodeAt(0), String.fromCharCode(Infinity).charCodeAt(0),
    String.fromCharCode(0xD83D, 0xDE00).length, String.fromCharCode(0xD800).charCodeAt(0),
    String.fromCharCode(a, b), calls.length,
    String.fromCharCode.length, String.fromCodePoint.length, String.fromCharCode.name,
    String.fromCodePoint(), String.fromCodePoint(65, 0x1F600).length, String.fromCodePoint(0x1F600).charCodeAt(1),
    String.fromCodePoint(0xD800).charCodeAt(0), String.fromCodePoint("65"), String.fromCodePoint(-0),
    String.fromCodePoint(0x10FFFF).codePointAt(0),
    t(function () { return String.fromCodePoint(-1); }), t(function () { return String.fromCodePoint(1.5); }),
    t(function () { return String.fromCodePoint("x"); }), t(function () { return String.fromCodePoint(0x110000); }),
    t(function () { return String.fromCodePoint(Infinity); }), t(function () { return String.fromCodePoint(undefined); }),
    t(function () { return String.fromCodePoint(65, {}); })
  ];
}

// description: toUpperCase and toLowerCase use the full Unicode case mappings (special casing, final sigma); lone surrogates stay; ASCII around the letters' ranges
// expect: ["HELLO WORLD", "hello world", "STRASSE", "Ǆ Ǆ Ǆ", "ǆ ǆ ǆ", "FI FL", "ʼN", 2, 775, "ας", "ας σ", "σ", "ασα", "ας.", 924, 376, "É", "é", 66600, 66560, 55296, 56320, "abc", "ABC", "SS", "TRUE", "12.5", "123 !?", "", 2, 0, 0, "@az[`az{", "@AZ[`AZ{", true, "mixed /path-1?q=aMIXED /PATH-1?Q=A"]
function test() {
  return [
    "Hello World".toUpperCase(), "Hello World".toLowerCase(), "straße".toUpperCase(), "ǆ ǅ Ǆ".toUpperCase(),
    "ǆ ǅ Ǆ".toLowerCase(), "ﬁ ﬂ".toUpperCase(), "ŉ".toUpperCase(), "İ".toLowerCase().length, "İ".toLowerCase().charCodeAt(1),
    "ΑΣ".toLowerCase(), "ΑΣ Σ".toLowerCase(), "Σ".toLowerCase(), "ΑΣΑ".toLowerCase(), "ΑΣ.".toLowerCase(),
    "µ".toUpperCase().charCodeAt(0), "ÿ".toUpperCase().charCodeAt(0), "é".toUpperCase(), "É".toLowerCase(),
    "\uD801\uDC00".toLowerCase().codePointAt(0), "\uD801\uDC28".toUpperCase().codePointAt(0),
    "a\uD800b".toUpperCase().charCodeAt(1), "\uDC00Z".toLowerCase().charCodeAt(0),
    "ABC".toLocaleLowerCase(), "abc".toLocaleUpperCase(), "ß".toLocaleUpperCase(),
    String.prototype.toUpperCase.call(true), String.prototype.toLowerCase.call(12.5),
    "123 !?".toUpperCase(), "".toUpperCase(), "ǰ".toUpperCase().length,
    "a".toUpperCase.length, "a".toLocaleUpperCase.length,
    "@AZ[`az{".toLowerCase(), "@AZ[`az{".toUpperCase(), "already lower".toLowerCase() === "already lower",
    "Mixed /Path-1?Q=A".toLowerCase() + "Mixed /Path-1?Q=A".toUpperCase()
  ];
}

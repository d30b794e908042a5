// description: toLowerCase and toUpperCase of ASCII strings from every table (literals, keys, built strings, slices, typeof names) at lengths around 16; a converted copy extended by + leaves the copy and the other results as they were; non-ASCII and UTF-16 strings take the full mappings
// expect: ["Content-TYPE", "content-type", "content-type!", "content-type?", "content-type", true, "content-typecontent-type", "x-amz-date", "X-AMZ-DATE", "X-Amz-Date", "length", "HOST", "host", "hello", "STRING", "ABCDEF", "abcd", "abcdabcdef", "abcdefghijklmno", "abcdefghijklmnop", "abcdefghijklmnopq", "abcdefghijklmnopq", "abcdefghijklmnopqrstuvwxyz0123456789", "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789ABC", "already lower", "ALREADY UPPER", "", "", "q", "Q", "q", "Q", "obj", "1.5E-7", "true", "àb", "ÀB", "BÀ", "AŸ", "abcß", "ABCSS", 3, "aς", "ας ας", "a✓b", 97, 56320]
function test() {
  var lit = "Content-TYPE";
  var lower = lit.toLowerCase();
  var ext = lower + "!";
  var other = lower + "?";
  var again = lit.toLowerCase();
  var built = ["X-", "Amz", "-Date"].join("");
  var key = Object.keys({ LENGTH: 1, Host: 2 });
  var sliced = "xxHELLOxx".slice(2, 7).toLowerCase();
  var name = (typeof lit).toUpperCase();
  var grown = "AB";
  grown = grown + "CD";
  var grownLower = grown.toLowerCase();
  grown = grown + "EF";
  return [
    lit, lower, ext, other, again, lower === again, lower + again,
    built.toLowerCase(), built.toUpperCase(), built,
    key[0].toLowerCase(), key[1].toUpperCase(), key[1].toLowerCase(),
    sliced, name, grown, grownLower, grownLower + grown.toLowerCase(),
    "ABCDEFGHIJKLMNO".toLowerCase(), "ABCDEFGHIJKLMNOP".toLowerCase(), "ABCDEFGHIJKLMNOPQ".toLowerCase(),
    "abcdefghijklmnopQ".toLowerCase(), "abcdefghijklmnoPqrstuvwxyz0123456789".toLowerCase(),
    "abcdefghijklmnopqrstuvwxyz0123456789ABC".toUpperCase(), "already lower".toLowerCase(), "ALREADY UPPER".toUpperCase(),
    "".toLowerCase(), "".toUpperCase(), "Q".toLowerCase(), "q".toUpperCase(), "Q".toLocaleLowerCase(), "q".toLocaleUpperCase(),
    String.prototype.toLowerCase.call(new String("ObJ")), String.prototype.toUpperCase.call(1.5e-7), String.prototype.toLowerCase.call(true),
    "ÀB".toLowerCase(), "Àb".toUpperCase(), "Bà".toUpperCase(), "aÿ".toUpperCase(), "ABCß".toLowerCase(), "abcß".toUpperCase(),
    "İA".toLowerCase().length, "AΣ".toLowerCase(), "ΑΣ ΑΣ".toLowerCase(), "A\u2713B".toLowerCase(), "\ud800A".toLowerCase().charCodeAt(1),
    "a\udc00b".toUpperCase().charCodeAt(1)
  ];
}

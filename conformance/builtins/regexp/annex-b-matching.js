// description: what Annex B pattern forms match: legacy octal and identity escapes, \c without a letter, \k without named groups, braces and ] as literals, \u{..} as a quantifier, \8 \9, class escapes in ranges
// expect: ["\u0001", "\n", "ÿ", " 0", "\u0000", "\u0007", "a\u0002", "89", "8", "\u0001", "\\c", "\\c1", "\u0011", "\u001f", "\\", "\n", "k<a>", "k", "a{", "a{1", "a{,5}", "{}", "]", "}", "x}", "uu", "u12", "x4g", "aeg", "/", "-", "5-x", "a-5", "a-b", "-", "-", "\u0008", "p{L}", "B", "a", "a", null, "�", "�", null, "A"]
function test() {
  function m(re, s) { var r = re.exec(s); return r === null ? null : r[0]; }
  return [
    m(/\1/, "a\u0001"), m(/\12/, "\n"), m(/\377/, "\u00FF"), m(/\400/, " 0"), m(/\0/, "\u0000"), m(/\07/, "\u0007"),
    m(/(a)\2/, "a\u0002"), m(/\8\9/, "89"), m(/[\8]/, "8"), m(/[\1]/, "\u0001"), m(/\c/, "\\c"), m(/\c1/, "\\c1"),
    m(/[\c1]/, "\u0011"), m(/[\c_]/, "\u001F"), m(/[\c*]/, "\\"), m(/\cJ/, "\n"), m(/\k<a>/, "k<a>"), m(/\k/, "k"),
    m(/a{/, "a{"), m(/a{1/, "a{1"), m(/a{,5}/, "a{,5}"), m(/{}/, "{}"), m(/]/, "]"), m(/}/, "}"), m(/x{1}}/, "x}"),
    m(/\u{2}/, "uu"), m(/\u12/, "u12"), m(/\x4g/, "x4g"), m(/\a\e\g/, "aeg"), m(/\//, "/"), m(/\-/, "-"),
    m(/[\d-x]+/, "5-x"), m(/[a-\d]+/, "a-5"), m(/[\w-]+/, "a-b"), m(/[-a]/, "-"), m(/[a-]/, "-"), m(/[\b]/, "\b"),
    m(/\p{L}/, "p{L}"), m(/[\B]/, "B"), m(/(?=a)*a/, "a"), m(/(?!b)+a/, "a"), m(/a{2147483648}/, "a"),
    m(/\ud83d/, "\ud83d\ude00"), m(/[\ud83d\ude00]/, "\ude00"), m(/^.$/, "\ud83d\ude00"), m(/\x41/, "A")
  ];
}

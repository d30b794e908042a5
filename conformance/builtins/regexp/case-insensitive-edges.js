// description: i without u: Canonicalize is toUpperCase of one unit, kept when it is not one unit or maps a non-ASCII unit to ASCII; classes, ranges, negated classes and backreferences compare canonical forms
// expect: [true, false, false, false, false, true, true, false, false, false, false, true, true, true, false, true, true, true, true, true, true, true, false, false, false, true, false, "İ.ı.", 3]
function test() {
  return [
    /[a-z]/i.test("K"), /[A-Z]/i.test("\u212A"), /\u212A/i.test("k"), /[^k]/i.test("K"),
    /[^\W]/i.test("\u017F"), /\W/i.test("\u017F"), /[\w]/i.test("S"),
    /\u00DF/i.test("SS"), /SS/i.test("\u00DF"), /\u1E9E/i.test("\u00DF"),
    /\u0390/i.test("\u1FD3"), /\u01C5/i.test("\u01C4"), /\u01C5/i.test("\u01C6"),
    /[\u00E0-\u00E5]/i.test("\u00C3"), /[^\u00E0-\u00E5]/i.test("\u00C3"),
    /(\u03C3)\1/i.test("\u03C3\u03C2"), /\u0345/i.test("\u0399"), /\u03B9/i.test("\u0345"),
    /\u00FF/i.test("\u0178"), /\u00B5/i.test("\u00B5"), /[\u039C]/i.test("\u00B5"),
    /[\uD800-\uDBFF]/i.test("\uD83D"), /\u0130/i.test("i"), /\u0131/i.test("I"),
    /[^\s]/i.test("\u2028"), /[\d-f]/i.test("F"), /[_-a]/i.test("B"),
    "\u0130I\u0131i".replace(/i/gi, "."), /[\u0100-\u017F]+/i.exec("\u0100\u0101\u017F")[0].length
  ];
}

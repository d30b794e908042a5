// description: the i flag compares canonicalized code units (toUpperCase without Unicode mode); backreferences, classes and ranges too
// expect: [true, "xYz", true, true, true, false, false, true, true, false, false, true, false, true, true, false, "Hello", ["a", "cA", "C"], true]
function test() {
  return [
    /abc/i.test("ABC"), /[a-z]+/i.exec("xYz")[0], /é/i.test("É"), /σ/i.test("Σ"), /σ/i.test("ς"), /ß/i.test("ẞ"),
    /K/i.test("\u212A"), /k/i.test("K"), /(a)\1/i.test("aA"), /[^a]/i.test("A"), /\w/i.test("\u017F"), /[\u0100-\u0200]/i.test("\u0101"),
    /I/i.test("\u0130"), /Ω/i.test("ω"), /\u00b5/i.test("\u039c"), /[A-Z]/i.test("_"),
    "Hello".replace(/L/gi, "l"), "aBcAbC".split(/b/i), /\u2C65/i.test("\u023A")
  ];
}

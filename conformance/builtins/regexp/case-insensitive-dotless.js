// description: with the i flag, characters whose uppercase is ASCII but which are not ASCII themselves (dotless i, long s) match only themselves
// expect: [false, false, false, false, true, false]
function test() {
  return [/i/i.test("\u0131"), /I/i.test("\u0131"), /s/i.test("\u017F"), /\u017F/i.test("S"), /\u0131/i.test("\u0131"), /[a-z]/i.test("\u017F")];
}

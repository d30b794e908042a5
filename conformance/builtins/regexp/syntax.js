// description: pattern syntax accepted by non-Unicode regexps (Annex B forms included) and what is rejected
// expect: ["] true", "{ true", "} true", "a{ true", "a{1 true", "a{1, true", "a{,5} true", "\\1 true", "\\2(a) true", "(a)\\2 true", "[\\d-x] true", "\\c true", "\\c1 true", "[\\c1] true", "\\a true", "(?=a)* true", "(?!a)+ true", "(?<=a)* SyntaxError", "x{2,1} SyntaxError", "[b-a] SyntaxError", "\\k true", "\\k<a> true", "(?<a>x)\\k<a> true", "(?<a>x)\\k<b> SyntaxError", "\\u{41} true", "\\u12 true", "\\x4 true", "\\0 true", "\\07 true", "\\8 true", "* SyntaxError", "+a SyntaxError", "a** SyntaxError", "a?? true", "a{2}? true", "(?: SyntaxError", "( SyntaxError", ") SyntaxError", "[ SyntaxError", "[] true", "[^] true", "a| true", "| true", "^* SyntaxError", "$+ SyntaxError", "\\b* SyntaxError", "\\B{2} SyntaxError", "\\b{ true", "(?<1a>x) SyntaxError", "\\p{L} true", "[\\b] true", "a{99999999999} true", "\\/ true", "/ true", "\\- true", "[\\w-a] true", "(?<!a)b true", "\\ud800 true", "[\\ud800-\\udbff] true", "(?i:a) SyntaxError", "(?m) SyntaxError", "a{1}{2} SyntaxError", "()* true", "(a*)* true", "\\ SyntaxError", "[a-\\d] true", "(?<$x>.) true", "(?:a|b)+? true"]
function test() {
  function ok(p) { try { new RegExp(p); return true; } catch (e) { return e.name; } }
  var pats = ["]", "{", "}", "a{", "a{1", "a{1,", "a{,5}", "\\1", "\\2(a)", "(a)\\2", "[\\d-x]", "\\c", "\\c1", "[\\c1]", "\\a",
    "(?=a)*", "(?!a)+", "(?<=a)*", "x{2,1}", "[b-a]", "\\k", "\\k<a>", "(?<a>x)\\k<a>", "(?<a>x)\\k<b>", "\\u{41}", "\\u12",
    "\\x4", "\\0", "\\07", "\\8", "*", "+a", "a**", "a??", "a{2}?", "(?:", "(", ")", "[", "[]", "[^]", "a|", "|", "^*", "$+",
    "\\b*", "\\B{2}", "\\b{", "(?<1a>x)", "\\p{L}", "[\\b]", "a{99999999999}", "\\/", "/", "\\-", "[\\w-a]", "(?<!a)b",
    "\\ud800", "[\\ud800-\\udbff]", "(?i:a)", "(?m)", "a{1}{2}", "()*", "(a*)*", "\\", "[a-\\d]", "(?<$x>.)", "(?:a|b)+?"];
  var out = [];
  for (var i = 0; i < pats.length; i++) {
    out[i] = pats[i] + " " + ok(pats[i]);
  }
  return out;
}

// description: template literals interpolate with ToString and nest
// expect: ["hello world", "3 + 3 = 6", "abc", "null|undefined|OBJ|1,2", "multi\nline"]
function test() {
  var who = 'world', n = 3
  var obj = { toString: function () { return 'OBJ' } }
  return [`hello ${who}`, `${n} + ${n} = ${n + n}`, `a${`b${`c`}`}`, `${null}|${undefined}|${obj}|${[1, 2]}`, `multi
line`]
}

// description: a comparison tested by an if, a loop, a conditional or a logical operator jumps on exactly the comparison's outcome: NaN makes every relation false (so !(a < b) is not a >= b), strings compare by code units, objects convert once and left to right (valueOf, then toString), a conversion that throws leaves the test with its error, undefined == null but not ===, and !== / != take the other branch
// expect: ["lt", "not lt NaN", "not ge NaN", "not le NaN", "not gt NaN", "str lt", "obj 2", "order a,b", "threw in test", "loose eq", "not strict eq", "ne", "not sne", "cond yes", "and no", "or yes", "neg zero eq", "string number eq", "nan ne self", 3, "while 4", "do 3"]
function test() {
  var out = []
  var nan = NaN, one = 1, two = 2
  if (one < two) out.push('lt'); else out.push('not lt')
  if (nan < one) out.push('lt NaN'); else out.push('not lt NaN')
  if (!(nan >= one)) out.push('not ge NaN'); else out.push('ge NaN')
  if (nan <= one) out.push('le NaN'); else out.push('not le NaN')
  if (!(one > nan)) out.push('not gt NaN'); else out.push('gt NaN')
  if ('a' < 'b' && !('b' <= 'a')) out.push('str lt')
  var calls = 0
  var obj = { valueOf: function () { calls++; return 1 } }
  if (obj < 2 && obj >= 1) out.push('obj ' + calls)
  var seen = []
  var a = { valueOf: function () { seen.push('a'); return 0 } }
  var b = { valueOf: function () { seen.push('b'); return 0 } }
  if (a > b) out.push('gt'); else out.push('order ' + seen.join(','))
  var bad = { valueOf: function () { throw new Error('threw in test') } }
  try { if (bad < 1) out.push('no'); } catch (e) { out.push(e.message) }
  var u, n = null
  if (u == n) out.push('loose eq')
  if (u === n) out.push('strict eq'); else out.push('not strict eq')
  if (one != two) out.push('ne')
  if (one !== 1) out.push('sne'); else out.push('not sne')
  out.push(one < two ? 'cond yes' : 'cond no')
  out.push((one > two && 'and yes') || 'and no')
  out.push((one > two || 'or yes'))
  if (-0 === 0) out.push('neg zero eq')
  if ('1' == 1) out.push('string number eq')
  if (nan !== nan) out.push('nan ne self')
  var count = 0
  for (var i = 0; i != 3; i++) count++
  out.push(count)
  var w = 0
  while (w < 4) w++
  out.push('while ' + w)
  var d = 0
  do { d++ } while (d !== 3)
  out.push('do ' + d)
  return out
}

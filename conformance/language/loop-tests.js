// description: a loop's test runs before every iteration and once more to end it, the first time before the body, with continue going to the update and then the test; a false test runs no body, a test with effects runs them once per check, labeled continue and break leave the right loop, and a test that throws ends the loop with its error
// expect: ["tests 4", "body 3", "none", "effects 1,2,3,4", "continued 0,2,4", "labeled 0:0,1:0,2:0", "broke 2", "for(;;) 5", "thrown at 2", "while false", "nested 6"]
function test() {
  var out = []
  var tests = 0, body = 0
  for (var i = 0; (tests++, i < 3); i++) body++
  out.push('tests ' + tests, 'body ' + body)
  var ran = false
  for (var j = 5; j < 3; j++) ran = true
  while (false) ran = true
  out.push(ran ? 'ran' : 'none')
  var effects = [], k = 0
  while ((effects.push(++k), k < 4)) {}
  out.push('effects ' + effects.join(','))
  var kept = []
  for (var m = 0; m < 6; m++) { if (m % 2) continue; kept.push(m) }
  out.push('continued ' + kept.join(','))
  var pairs = []
  outer: for (var x = 0; x < 3; x++) {
    for (var y = 0; y < 3; y++) {
      if (y > 0) continue outer
      pairs.push(x + ':' + y)
    }
  }
  out.push('labeled ' + pairs.join(','))
  var z = 0
  while (z < 10) { if (z === 2) break; z++ }
  out.push('broke ' + z)
  var f = 0
  for (;;) { if (++f === 5) break }
  out.push('for(;;) ' + f)
  var t = 0
  try {
    while (t < 10 && (t < 2 || (function () { throw new Error('thrown at ' + t) })())) t++
  } catch (e) { out.push(e.message) }
  var entered = 'while false'
  while (0 > 1) entered = 'entered'
  out.push(entered)
  var total = 0
  for (var r = 0; r < 3; r++) { var s = 0; while (s <= r) { s++; total++ } }
  out.push('nested ' + total)
  return out
}

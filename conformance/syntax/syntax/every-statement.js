// description: every ES5.1 statement form
// expect: ok
function f(o) {
  var i, k, n = 0
  for (i = 0; i < 3; i++) { if (i === 1) continue; n += i }
  for (k in o) n++
  while (n > 10) n--
  do { n++ } while (n < 0)
  outer: for (;;) { for (;;) break outer }
  switch (n) { case 1: n = 2; break; default: n = 3 }
  try { throw new Error('e') } catch (e) { n = 4 } finally { n++ }
  debugger
  return n
}

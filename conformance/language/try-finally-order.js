// description: finally runs after return, break and throw, innermost first
// expect: ["r", ["a", "b", "c", "loop0", "loop1", "d", "caught1"]]
function test() {
  var log = []
  function f() {
    try {
      try { log.push('a'); return 'r' } finally { log.push('b') }
    } finally { log.push('c') }
  }
  var r = f()
  for (var i = 0; i < 2; i++) {
    try { if (i === 0) continue; break } finally { log.push('loop' + i) }
  }
  try { try { throw 1 } finally { log.push('d') } } catch (e) { log.push('caught' + e) }
  return [r, log]
}

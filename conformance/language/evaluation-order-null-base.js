// description: a null or undefined base throws a TypeError before the computed key is converted or the right-hand side is evaluated
// expect: [["TypeError", "TypeError", "TypeError", "TypeError", "TypeError"], []]
function test() {
  var log = []
  var key = { toString: function () { log.push('key'); return 'a' } }
  function rhs() { log.push('rhs'); return 1 }
  var nul = null, undef
  function error(f) { try { f() } catch (e) { return e.name } }
  return [[
    error(function () { return nul[key] }),
    error(function () { nul[key] += rhs() }),
    error(function () { undef[key] *= rhs() }),
    error(function () { nul[key]++ }),
    error(function () { --undef[key] }),
  ], log]
}

// description: `o[k] op= v` and `o[k]++` convert the key once (ES2024: the reference keeps the converted key)
// expect: [[5, 6, 5], ["key", "rhs", "key", "key"]]
// node: skip V8 in Node 20 converts the key again for the write (test262 checks the ES2024 order)
function test() {
  var log = []
  var key = { toString: function () { log.push('key'); return 'a' } }
  var o = { a: 1 }
  o[key] += (log.push('rhs'), 4)
  var r1 = o.a
  o[key]++
  var r2 = o.a
  --o[key]
  return [[r1, r2, o.a], log]
}

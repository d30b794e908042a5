// description: the conditional jumps of <, <=, > and >= (loops and if statements) on numbers, NaN, signed zeros and infinities, and on operands that are not both numbers (strings compared by code units, objects through valueOf in left-to-right order, undefined)
// expect: ["le ge ", "lt le nge ", "nle nge ", "gt ge nle ", "gt ge nle ", "lt le nge ", "gt ge nle ", "lt le nge ", "gt ge nle ", "le ge ", "nle nge ", "gt ge nle ", "gt ge nle ", "lt le nge ", "gt ge nle ", "gt ge nle ", "nle nge ", "nle nge ", "nle nge ", "nle nge ", "nle nge ", "nle nge ", "nle nge ", "nle nge ", "lt le nge ", "lt le nge ", "nle nge ", "le ge ", "le ge ", "lt le nge ", "gt ge nle ", "lt le nge ", "lt le nge ", "lt le nge ", "nle nge ", "le ge ", "le ge ", "lt le nge ", "gt ge nle ", "lt le nge ", "gt ge nle ", "gt ge nle ", "nle nge ", "gt ge nle ", "gt ge nle ", "le ge ", "gt ge nle ", "gt ge nle ", "lt le nge ", "lt le nge ", "nle nge ", "lt le nge ", "lt le nge ", "lt le nge ", "le ge ", "lt le nge ", "gt ge nle ", "lt le nge ", "nle nge ", "gt ge nle ", "gt ge nle ", "lt le nge ", "gt ge nle ", "le ge ", 13, "p,q,le,q,p,gt,p,q", "abce"]
function test() {
  var out = []
  var xs = [1, 2, NaN, 0, -0, Infinity, -Infinity, 1.5]
  for (var i = 0; i < xs.length; i++) {
    for (var j = 0; j < xs.length; j++) {
      var a = xs[i], b = xs[j], r = ''
      if (a < b) r += 'lt '
      if (a <= b) r += 'le '
      if (a > b) r += 'gt '
      if (a >= b) r += 'ge '
      if (!(a <= b)) r += 'nle '
      if (!(a >= b)) r += 'nge '
      out.push(r)
    }
  }
  var n = 0
  for (var k = 10; k >= 0; k -= 3) n++
  for (var m = 0; m <= 4; m++) n++
  for (var d = 5; d > 0.5; d /= 2) n++
  out.push(n)
  var log = []
  var p = { valueOf: function () { log.push('p'); return 2 } }
  var q = { valueOf: function () { log.push('q'); return 3 } }
  if (p <= q) log.push('le')
  if (q > p) log.push('gt')
  if (p >= q) log.push('ge')
  out.push(log.join(','))
  var s = ''
  if ('b' >= 'a') s += 'a'
  if ('10' <= '9') s += 'b'
  if ('10' > 9) s += 'c'
  if (undefined >= 0) s += 'd'
  if (null >= 0) s += 'e'
  if ('x' > 1) s += 'f'
  out.push(s)
  return out
}

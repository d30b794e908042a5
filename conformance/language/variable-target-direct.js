// description: a value computed straight into a variable's register leaves the variable as it was when the computation throws: a throwing getter read by name and by index, a conditional whose branch throws, an array literal whose element throws; and reads the variable's old value when it names itself
// expect: ["z=2 Error", "w=3 Error", "v=4 Error", "u=5 Error", "t=6 Error", [20, "b", 3, [7], {}, []]]
function test() {
  var out = []
  var bad = {}
  Object.defineProperty(bad, 'k', { get: function () { throw new Error('getter') } })
  Object.defineProperty(bad, '0', { get: function () { throw new Error('index getter') } })
  var z = 2
  try { var z = bad.k } catch (e) { out.push('z=' + z + ' ' + e.name) }
  var w = 3
  try { w = bad[0] } catch (e) { out.push('w=' + w + ' ' + e.name) }
  var v = 4
  try { var v = v > 0 ? [bad.k] : null } catch (e) { out.push('v=' + v + ' ' + e.name) }
  var u = 5
  try { u = u < 0 ? null : bad['k'] } catch (e) { out.push('u=' + u + ' ' + e.name) }
  var t = 6
  var key = 'k'
  try { var t = [t, bad[key]] } catch (e) { out.push('t=' + t + ' ' + e.name) }
  var a = [10, 20]
  a = a[1]
  var o = { b: { c: 'b' } }
  var p = o.b ? o.b.c : o
  var q = [1, 2, 3]
  var q = q.length === 3 ? q[2] : q[0]
  var r = 7
  r = r ? [r] : []
  var s = {}
  var n = []
  out.push([a, p, q, r, s, n])
  return out
}

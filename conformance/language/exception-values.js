// description: any value can be thrown
// expect: [1, "two", null, undefined, {x: 3}]
function test() {
  var out = []
  var values = [1, 'two', null, undefined, { x: 3 }]
  for (var i = 0; i < values.length; i++) {
    try { throw values[i] } catch (e) { out.push(e) }
  }
  return out
}

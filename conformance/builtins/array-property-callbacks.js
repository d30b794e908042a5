// description: callbacks that return a property of their element (v => v.value, as multiValue lists are read) give what a call gives in every iteration method: elements of one shape and of several, a getter, an inherited property, array and string lengths, an element changed between calls, the same callback on another shape, and a null element throwing from inside the callback
// expect: [["a", "b", "c"], ["a", "b", undefined, "inherited", "got"], [3, 0, 1], [5, 1], ["x", "y"], {value: "b"}, 0, true, false, ["before", "before", "after", "moved"], "TypeError"]
function test() {
  var out = []
  var value = function (v) { return v.value }
  var list = [{ value: 'a' }, { value: 'b' }, { value: 'c' }]
  out.push(list.map(value))
  var proto = { value: 'inherited' }
  var mixed = [{ value: 'a' }, { other: 0, value: 'b' }, {}, Object.create(proto),
    Object.defineProperty({}, 'value', { get: function () { return 'got' } })]
  out.push(mixed.map(value))
  out.push([[1, 2, 3], [], [0]].map(function (a) { return a.length }))
  out.push(['hello', 'x'].map((s) => s.length))
  out.push([{ value: 'x' }, { value: '' }, { value: 'y' }].filter(value).map(value))
  out.push(list.find(function (v) { return v.value === 'b' }) && list.filter(value)[1])
  out.push(list.findIndex(value))
  out.push(list.some(value), [{ value: 0 }].every(value))
  var changing = { value: 'before' }
  var seen = [changing, changing].map(value)
  changing.value = 'after'
  seen.push([changing].map(value)[0], [{ first: 1, value: 'moved' }].map(value)[0])
  out.push(seen)
  try { [{ value: 1 }, null].map(value) } catch (e) { out.push(e.name) }
  return out
}

// description: what the reviver returns replaces the value; undefined deletes the property (an array keeps a hole and its length); the root's result is JSON.parse's result, even undefined
// expect: [[2, [4, {n: 6}]], {a: 1, c: 3}, ["a", "c"], [1, <hole>, 3], 3, false, "root", undefined, {a: "A"}]
function test() {
  var doubled = JSON.parse('[1,[2,{"n":3}]]', function (k, v) { return typeof v === 'number' ? v * 2 : v; });
  var dropped = JSON.parse('{"a":1,"b":2,"c":3}', function (k, v) { return k === 'b' ? undefined : v; });
  var holes = JSON.parse('[1,2,3]', function (k, v) { return k === '1' ? undefined : v; });
  var root = JSON.parse('{"a":1}', function (k, v) { return k === '' ? 'root' : v; });
  var none = JSON.parse('[1]', function () { return undefined; });
  var keys = JSON.parse('{"a":{"b":1}}', function (k, v) { return k === 'a' ? 'A' : v; });
  return [doubled, dropped, Object.keys(dropped), holes, holes.length, 1 in holes, root, none, keys];
}

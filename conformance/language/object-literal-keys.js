// description: object literal keys: identifiers, strings, numbers, reserved words; duplicates keep the last
// expect: [{"3": "three", a: "last", "b c": 2, "1.5": "x", if: "kw"}, ["3", "a", "b c", "1.5", "if"]]
function test() {
  var o = { a: 1, 'b c': 2, 3: 'three', 1.5: 'x', if: 'kw', a: 'last' }
  return [o, Object.keys(o)]
}

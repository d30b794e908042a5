// description: an index deleted from an arguments object can be assigned again
// expect: [[undefined, false], ["A", ["0", "1"], 2], 2]
function test() {
  function f(a, b) {
    a = 2
    delete arguments[0]
    var before = [arguments[0], 0 in arguments]
    arguments[0] = 'A'
    return [before, [arguments[0], Object.keys(arguments), arguments.length], a]
  }
  return f(1, 2)
}

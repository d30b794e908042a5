// description: rest parameters collect the remaining arguments into an array
// expect: [[1, [], true], [1, [2, 3], true], 0, 2, 1]
function test() {
  function f(a, ...rest) { return [a, rest, Array.isArray(rest)] }
  var g = (...all) => all.length
  return [f(1), f(1, 2, 3), g(), g(1, 2), f.length]
}

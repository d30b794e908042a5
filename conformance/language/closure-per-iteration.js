// description: each iteration of for (let ...) has its own binding
// expect: [[0, 1, 2], [3, 3, 3]]
// expect cloudfront-js-1.0: compile-error 6:8 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  var fs = []
  for (let i = 0; i < 3; i++) { fs.push(function () { return i }) }
  var gs = []
  for (var j = 0; j < 3; j++) { gs.push(function () { return j }) }
  return [fs.map(function (f) { return f() }), gs.map(function (g) { return g() })]
}

// description: with the test after the body, for (let ...) still gives each iteration its own binding, seen alike by closures made in the test, the body and the update, and the test of the last check sees a binding of its own
// expect: ["body 0,1,2", "test 0,1,2,3", "update 1,2,3"]
// expect cloudfront-js-1.0: compile-error 6:8 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  var inBody = [], inTest = [], inUpdate = []
  for (let p = 0; inTest.push(function () { return p }), p < 3; inUpdate.push(function () { return p }), p++) {
    inBody.push(function () { return p })
  }
  var values = function (fns) { return fns.map(function (f) { return f() }).join(',') }
  return ['body ' + values(inBody), 'test ' + values(inTest), 'update ' + values(inUpdate)]
}

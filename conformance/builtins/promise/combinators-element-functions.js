// description: the element functions of all, allSettled and any are anonymous built-ins of length 1 that act once (allSettled's pair shares one flag); the result array is built when the count reaches zero; any rejects with an Error named AggregateError listing the reasons in order
// expect: Promise{fulfilled: [[["function", 1, "", "length,name", true, false, "TypeError"], ["function", 1, "", "length,name", true, false, "TypeError"], ["function", 1, "", "length,name", true, false, "TypeError"], ["function", 1, "", "length,name", true, false, "TypeError"], false, true, true, "resolve called [\"first\",\"second\"]", undefined, undefined, undefined, undefined, "resolve called [{\"status\":\"rejected\",\"reason\":\"no\"},{\"status\":\"fulfilled\",\"value\":\"yes\"}]"], [["first", "second"], [{status: "rejected", reason: "no"}, {status: "fulfilled", value: "yes"}], ["AggregateError", "All promises were rejected", true, ["r0", "r1"], [], false]]]}
// expect cloudfront-js-1.0: throws TypeError: Cannot read property 'call' of undefined
function describe(f) {
  var construct
  try { new f(); construct = 'constructed' } catch (e) { construct = e.name }
  return [typeof f, f.length, f.name, Object.getOwnPropertyNames(f).join(), Object.isExtensible(f), f.hasOwnProperty('prototype'), construct]
}

function test() {
  var out = []
  var captured = []
  function Capture(executor) {
    return new Promise(function (resolve, reject) {
      executor(function (v) { out.push('resolve called ' + JSON.stringify(v)); return resolve(v) }, reject)
    })
  }
  Capture.resolve = function (v) { return v }
  function thenable(tag) { return { then: function (f, r) { captured.push([tag, f, r]) } } }
  var all = Promise.all.call(Capture, [thenable('a0'), thenable('a1')])
  var settled = Promise.allSettled.call(Capture, [thenable('s0'), thenable('s1')])
  var any = Promise.any.call(Capture, [thenable('y0'), thenable('y1')])
  out.push(describe(captured[0][1]), describe(captured[2][1]), describe(captured[2][2]), describe(captured[4][2]))
  out.push(captured[0][1] === captured[1][1], captured[0][2] === captured[1][2], captured[4][1] === captured[5][1])
  out.push(captured[1][1]('second'), captured[1][1]('again'), captured[0][1]('first'), captured[0][1]('late'))
  captured[2][2]('no')
  captured[2][1]('ignored')
  captured[3][1]('yes')
  captured[5][2]('r1')
  captured[4][2]('r0')
  return Promise.all([all, settled, any.then(null, function (e) {
    return [e.name, e.message, e instanceof Error, e.errors, Object.keys(e), Object.getOwnPropertyDescriptor(e, 'errors').enumerable]
  })]).then(function (results) { return [out, results] })
}

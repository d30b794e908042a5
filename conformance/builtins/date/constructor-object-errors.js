// description: errors from the argument's conversion propagate out of new Date
// expect: ["RangeError", "TypeError", "URIError", "EvalError"]
function test() {
  function kind(f) { try { f(); return 'no error' } catch (e) { return e.name } }
  return [
    kind(function () { new Date({ valueOf: function () { throw new RangeError('x') } }) }),
    kind(function () { new Date({ valueOf: function () { return {} }, toString: function () { return {} } }) }),
    kind(function () { new Date(2020, { valueOf: function () { throw new URIError('m') } }) }),
    kind(function () { Date.UTC({ valueOf: function () { throw new EvalError('y') } }) })
  ]
}

// description: caller and arguments are poisoned accessors on Function.prototype (not own properties of functions), and every arguments object has a poisoned callee: all share one %ThrowTypeError%
// expect: [["TypeError", "TypeError", "TypeError", "TypeError", "TypeError"], [false, false, false], ["0", "1", "length", "callee"], [true, false, false, 0, "", true, true, true]]
function test() {
  function f() {}
  var bound = f.bind(null)
  var arrow = () => 1
  var args = (function () { return arguments })(1, 2)
  function error(g) { try { g(); return 'no error' } catch (e) { return e.name } }
  var callee = Object.getOwnPropertyDescriptor(args, 'callee')
  var thrower = callee.get
  return [
    [
      error(function () { return f.caller }),
      error(function () { f.arguments = 1 }),
      error(function () { return bound.caller }),
      error(function () { return arrow.arguments }),
      error(function () { return args.callee }),
    ],
    [f.hasOwnProperty('caller'), bound.hasOwnProperty('arguments'), arrow.hasOwnProperty('caller')],
    Object.getOwnPropertyNames(args),
    [
      callee.set === thrower, callee.enumerable, callee.configurable, thrower.length, thrower.name,
      Object.isFrozen(thrower), Object.getPrototypeOf(thrower) === Function.prototype,
      Object.getOwnPropertyDescriptor(Function.prototype, 'caller').get === thrower,
    ],
  ]
}

// description: the resolve and reject functions of a Promise executor and of a thenable job, and the executor NewPromiseCapability hands a custom constructor, are anonymous built-ins: own length then name, extensible, no prototype, not constructors
// expect: Promise{fulfilled: [2, ["function", "length,name", 1, false, false, true, "", false, false, true, true, false, true, "TypeError"], ["function", "length,name", 1, false, false, true, "", false, false, true, true, false, true, "TypeError"], ["function", "length,name", 2, false, false, true, "", false, false, true, true, false, true, "TypeError"], [2, ["function", "length,name", 1, false, false, true, "", false, false, true, true, false, true, "TypeError"], ["function", "length,name", 1, false, false, true, "", false, false, true, true, false, true, "TypeError"]]]}
function describe(f) {
  var length = Object.getOwnPropertyDescriptor(f, 'length');
  var name = Object.getOwnPropertyDescriptor(f, 'name');
  var construct;
  try { new f(); construct = 'constructed' } catch (e) { construct = e.name }
  return [typeof f, Object.getOwnPropertyNames(f).join(), length.value, length.writable, length.enumerable,
    length.configurable, name.value, name.writable, name.enumerable, name.configurable, Object.isExtensible(f),
    f.hasOwnProperty('prototype'), Object.getPrototypeOf(f) === Function.prototype, construct]
}

function test() {
  var resolve, reject, executor, argCount, fromJob;
  new Promise(function (a, b) { resolve = a; reject = b; argCount = arguments.length })
  Promise.resolve.call(function (ex) { executor = ex; ex(function () {}, function () {}) }, 1)
  var p = Promise.resolve({ then: function (r, j) { fromJob = [arguments.length, describe(r), describe(j)]; r(1) } })
  return p.then(function () { return [argCount, describe(resolve), describe(reject), describe(executor), fromJob] })
}

// description: Date is a constructor of length 7 whose prototype is fixed; Date.prototype.constructor is Date
// expect: ["function", 7, "Date", false, false, false, true, true, false, true, true, false, true, true, true, true, "[object Date]"]
function test() {
  var p = Object.getOwnPropertyDescriptor(Date, 'prototype');
  var c = Object.getOwnPropertyDescriptor(Date.prototype, 'constructor');
  var g = Object.getOwnPropertyDescriptor(globalThis, 'Date');
  return [
    typeof Date, Date.length, Date.name,
    p.writable, p.enumerable, p.configurable,
    c.value === Date, c.writable, c.enumerable, c.configurable,
    g.writable, g.enumerable, g.configurable,
    Object.getPrototypeOf(Date) === Function.prototype,
    Object.getPrototypeOf(new Date(0)) === Date.prototype,
    new Date(0) instanceof Date,
    Object.prototype.toString.call(new Date(0))
  ]
}

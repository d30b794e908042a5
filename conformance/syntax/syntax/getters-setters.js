// description: getters and setters in object literals
// expect: ok
var o = { get x() { return 1 }, set x(v) {}, get: 1, set: 2 }

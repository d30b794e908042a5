// description: an object literal inside ${}
// expect: ok
var s = `${ { a: 1 }.a }`

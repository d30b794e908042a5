// description: duplicate parameter names
// expect: error 3:18 duplicate parameter name `a`
function f(a, b, a) {}

// description: arrow functions with expression and block bodies, rest parameters
// expect: ok
var f = (a, ...rest) => a + rest.length
var g = x => { return x * 2 }
var h = () => ({ ok: true })

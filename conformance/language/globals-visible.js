// description: top-level var and function declarations are properties of the global object
// expect: ["v", "function", undefined, true]
// expect cloudfront-js-1.0: compile-error 6:1 `let` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
var topVar = 'v'
function topFn() {}
let topLet = 'l'
function test() {
  return [globalThis.topVar, typeof globalThis.topFn, globalThis.topLet, 'topVar' in globalThis]
}

// description: top-level var and function declarations are properties of the global object
// expect: ["v", "function", undefined, true]
var topVar = 'v'
function topFn() {}
let topLet = 'l'
function test() {
  return [globalThis.topVar, typeof globalThis.topFn, globalThis.topLet, 'topVar' in globalThis]
}

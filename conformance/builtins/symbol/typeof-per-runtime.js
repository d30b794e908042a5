// description: the Symbol global exists in 2.0 only: CloudFront's 1.0 page does not list Symbol (the project treats unlisted as unsupported, although njs 0.7 has it), the 2.0 page lists Symbol.for and Symbol.keyFor
// expect: ["function", "function", "function", true]
// expect cloudfront-js-1.0: ["undefined", "undefined", "undefined", false]
function test() {
  return [typeof Symbol, typeof (typeof Symbol === 'function' ? Symbol.for : undefined), typeof (typeof Symbol === 'function' ? Symbol.keyFor : undefined), 'Symbol' in globalThis];
}

// description: atob, btoa, TextEncoder and TextDecoder exist in runtime 2.0 only (listed on the 2.0 page, not on the 1.0 page)
// expect: ["function", "function", "function", "function"]
// expect cloudfront-js-1.0: ["undefined", "undefined", "undefined", "undefined"]
function test() {
  return [typeof atob, typeof btoa, typeof TextEncoder, typeof TextDecoder];
}

// description: an async function returns a promise; a throw rejects it
// expect: Promise{fulfilled: [1, "boom", true]}
// expect cloudfront-js-1.0: compile-error 4:1 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
async function ok() { return 1 }
async function bad() { throw new Error('boom') }
async function test() {
  var r = await ok()
  try { await bad() } catch (e) { return [r, e.message, ok() instanceof Promise] }
}

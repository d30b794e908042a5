// description: await resumes in microtask order
// expect: Promise{fulfilled: ["a1", "b1", "sync", "a2", "b2", "a3"]}
// expect cloudfront-js-1.0: compile-error 6:3 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
function test() {
  var log = []
  async function a() { log.push('a1'); await null; log.push('a2'); await null; log.push('a3') }
  async function b() { log.push('b1'); await null; log.push('b2') }
  a(); b()
  log.push('sync')
  return Promise.resolve().then(function () { return log })
}

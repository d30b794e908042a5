// description: await resumes in microtask order
// expect: Promise{fulfilled: ["a1", "b1", "sync", "a2", "b2", "a3"]}
function test() {
  var log = []
  async function a() { log.push('a1'); await null; log.push('a2'); await null; log.push('a3') }
  async function b() { log.push('b1'); await null; log.push('b2') }
  a(); b()
  log.push('sync')
  return Promise.resolve().then(function () { return log })
}

// description: then callbacks chain values and errors
// expect: Promise{fulfilled: "at 2"}
function test() {
  return Promise.resolve(1)
    .then(function (v) { return v + 1 })
    .then(function (v) { throw new Error('at ' + v) })
    .then(function () { return 'skipped' })
    .catch(function (e) { return e.message })
    .finally(function () { return 'ignored' })
}

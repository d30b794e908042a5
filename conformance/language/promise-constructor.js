// description: the executor runs synchronously; later resolve/reject calls are ignored
// expect: Promise{fulfilled: ["first", ["executor", "after"]]}
function test() {
  var order = []
  var p = new Promise(function (resolve, reject) {
    order.push('executor')
    resolve('first')
    resolve('second')
    reject(new Error('late'))
  })
  order.push('after')
  return p.then(function (v) { return [v, order] })
}

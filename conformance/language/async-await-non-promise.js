// description: await on plain values and thenables
// expect: Promise{fulfilled: [1, "from thenable", "p"]}
async function test() {
  var thenable = { then: function (resolve) { resolve('from thenable') } }
  return [await 1, await thenable, await Promise.resolve('p')]
}

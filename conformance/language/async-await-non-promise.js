// description: await on plain values and thenables
// expect: Promise{fulfilled: [1, "from thenable", "p"]}
// expect cloudfront-js-1.0: compile-error 4:1 `async` functions are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)
async function test() {
  var thenable = { then: function (resolve) { resolve('from thenable') } }
  return [await 1, await thenable, await Promise.resolve('p')]
}

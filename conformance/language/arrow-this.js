// description: arrow functions take this from their surrounding function
// expect: [[undefined, undefined], [42, 42]]
function test() {
  var o = {
    v: 42,
    regular: function () { return [1, 2].map(function () { return this }) },
    arrow: function () { return [1, 2].map(() => this.v) },
  }
  return [o.regular(), o.arrow()]
}

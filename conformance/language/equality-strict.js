// description: === compares without conversion; NaN is not equal to itself
// expect: [true, false, false, true, true, false, false, true]
function test() {
  var o = {}
  return [1 === 1.0, '1' === 1, NaN === NaN, 0 === -0, o === o, {} === {}, null === undefined, 'ab' === 'a' + 'b']
}

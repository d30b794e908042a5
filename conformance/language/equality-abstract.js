// description: == follows the abstract equality algorithm
// expect: [true, false, true, true, true, true, false, true, true, true, true, false]
function test() {
  return [null == undefined, null == 0, '' == 0, '0' == false, 'a' == 'a', 1 == '1.0', NaN == NaN, [1] == 1, [1, 2] == '1,2', ({}) == '[object Object]', true == 1, undefined == 0]
}

// description: ToNumber on strings follows the StringNumericLiteral grammar
// expect: [0, 12, 31, 3, 7, 1000, -1.5, Infinity, -Infinity, NaN, NaN, 0.5, 5, 42]
function test() {
  return [+'', +' 12 ', +'0x1f', +'0b11', +'0o7', +'1e3', +'-1.5', +'Infinity', +'-Infinity', +'12px', +'1_000', +'.5', +'5.', +'\n\t42\u00a0']
}

// description: Number() of arrays and of Boolean and String wrappers goes through their toString/valueOf
// expect: [0, 5, 7, 16, NaN, 1, 0, 3, 0, NaN]
function test() {
  return [Number([]), Number([5]), Number(['7']), Number([' 0x10 ']), Number([1, 2]), Number(Object(true)),
    Number(Object(false)), Number(Object(' 0b11 ')), Number(Object('')), Number(Object('x'))];
}

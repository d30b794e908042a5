// description: new Date(number) keeps the time value, truncated toward zero
// expect: [0, 1700000000000, -1, 1, -1, 0, 0, 0, NaN, NaN, NaN, 1, 0, 0, NaN]
function test() {
  return [
    new Date(0).getTime(),
    new Date(1700000000000).getTime(),
    new Date(-1).getTime(),
    new Date(1.9).getTime(),
    new Date(-1.9).getTime(),
    new Date(-0).getTime(),
    new Date(-0.5).getTime(),
    new Date(1e-300).getTime(),
    new Date(NaN).getTime(),
    new Date(Infinity).getTime(),
    new Date(-Infinity).getTime(),
    new Date(true).getTime(),
    new Date(false).getTime(),
    new Date(null).getTime(),
    new Date(undefined).getTime()
  ]
}

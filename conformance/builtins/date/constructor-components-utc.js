// description: new Date(y, m, ...) builds a local time, and local time is UTC in CloudFront
// node: skip local time is UTC in CloudFront
// expect: [1700000000000, 1577836800000, 1583020800000, 1577923200000, 1577934245006, -62198755200000, 8640000000000000, NaN, NaN, NaN, 0]
function test() {
  return [
    new Date(2023, 10, 14, 22, 13, 20).getTime(),
    new Date(2020, 0).getTime(),
    new Date(2020, 1, 30).getTime(),
    new Date(2020, 0, 2).getTime(),
    new Date(2020, 0, 2, 3, 4, 5, 6).getTime(),
    new Date(-1, 0).getTime(),
    new Date(275760, 8, 13).getTime(),
    new Date(275760, 8, 13, 0, 0, 0, 1).getTime(),
    new Date(2020, NaN).getTime(),
    new Date(2020, 0, 1, Infinity).getTime(),
    new Date(1970, 0, 1, 0, 0, 0, 0, 999).getTime()
  ]
}

// description: with components, new Date(...) and Date.UTC(...) agree in CloudFront (UTC local time); the offset is zero
// node: skip local time is UTC in CloudFront
// expect: [true, true, true, true, true, 0]
function test() {
  function same(y, m, d, h, mi, s, ms) {
    return new Date(y, m, d, h, mi, s, ms).getTime() === Date.UTC(y, m, d, h, mi, s, ms)
  }
  return [
    same(2023, 10, 14, 22, 13, 20, 5),
    same(1969, 11, 31, 23, 59, 59, 999),
    same(-5000, 6, 4, 0, 0, 0, 0),
    same(2020, 1, 29, 12, 0, 0, 0),
    same(99, 0, 1, 0, 0, 0, 0),
    new Date(2023, 5, 1).getTimezoneOffset()
  ]
}

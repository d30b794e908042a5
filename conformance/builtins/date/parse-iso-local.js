// description: a date-time without an offset is local time, which is UTC in CloudFront
// node: skip local time is UTC in CloudFront
// expect: [1577934245000, 1577934240000, 1577934245678, 1578009600000, 8640000000000000, NaN]
function test() {
  return [
    Date.parse('2020-01-02T03:04:05'),
    Date.parse('2020-01-02T03:04'),
    Date.parse('2020-01-02T03:04:05.678'),
    Date.parse('2020-01-02T24:00'),
    Date.parse('+275760-09-13T00:00'),
    Date.parse('+275760-09-13T00:01')
  ]
}

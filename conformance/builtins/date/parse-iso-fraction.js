// description: the fraction of a second takes one or more digits; digits after the third are dropped, not rounded
// expect: [1577934245600, 1577934245670, 1577934245678, 1577934245678, 1577934245999, 1577934245000, NaN, NaN, NaN]
function test() {
  return [
    Date.parse('2020-01-02T03:04:05.6Z'),
    Date.parse('2020-01-02T03:04:05.67Z'),
    Date.parse('2020-01-02T03:04:05.678Z'),
    Date.parse('2020-01-02T03:04:05.6789Z'),
    Date.parse('2020-01-02T03:04:05.9999999999Z'),
    Date.parse('2020-01-02T03:04:05.000000001Z'),
    Date.parse('2020-01-02T03:04:05.Z'),
    Date.parse('2020-01-02T03:04:05,5Z'),
    Date.parse('2020-01-02T03:04.5Z')
  ]
}

// description: T24:00 (with zero seconds and milliseconds) is midnight at the end of the day
// expect: [1578009600000, 1578009600000, 1578009600000, 1609459200000, NaN, NaN, NaN, NaN, NaN, NaN]
function test() {
  return [
    Date.parse('2020-01-02T24:00Z'),
    Date.parse('2020-01-02T24:00:00Z'),
    Date.parse('2020-01-02T24:00:00.000Z'),
    Date.parse('2020-12-31T24:00:00Z'),
    Date.parse('2020-01-02T24:00:01Z'),
    Date.parse('2020-01-02T24:01Z'),
    Date.parse('2020-01-02T24:00:00.001Z'),
    Date.parse('2020-01-02T25:00Z'),
    Date.parse('2020-01-02T23:60Z'),
    Date.parse('2020-01-02T23:59:60Z')
  ]
}

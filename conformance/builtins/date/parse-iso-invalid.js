// description: strings that break the date time string format give NaN
// expect: [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN]
function test() {
  return [
    Date.parse('2020-01-02T03Z'),
    Date.parse('2020-01-02T03:04:05 Z'),
    Date.parse('2020-01-02T'),
    Date.parse('2020-01-02T3:04Z'),
    Date.parse('2020-01-02T03:4Z'),
    Date.parse('2020-01-02TZ'),
    Date.parse('2020-01-02T03:04:05ZZ'),
    Date.parse('2020-01-02T03:04:05+01:00Z'),
    Date.parse('2020-01-02T03:04:05Zjunk'),
    Date.parse('2020-01-02T03:04:05.123.456Z'),
    Date.parse('2020--01')
  ]
}

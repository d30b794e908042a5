// description: days 01 to 31 are accepted for every month and overflow into the next month, as Node does; 00 and 32 are not days
// expect: [true, true, true, 1582934400000, NaN, NaN, NaN, NaN]
function test() {
  return [
    Date.parse('2020-02-30') === Date.parse('2020-03-01'),
    Date.parse('2019-02-29') === Date.parse('2019-03-01'),
    Date.parse('2020-04-31') === Date.parse('2020-05-01'),
    Date.parse('2020-02-29'),
    Date.parse('2020-01-00'),
    Date.parse('2020-01-32'),
    Date.parse('2020-00-01'),
    Date.parse('2020-13-01')
  ]
}

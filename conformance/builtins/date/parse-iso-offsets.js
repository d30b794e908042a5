// description: a +HH:mm or -HH:mm offset is subtracted to give UTC; -00:00 is UTC; hours up to 23 and minutes up to 59
// expect: [1577930645000, 1577939645000, 1577913545678, 1577934240000, 1577934240000, 1577847905000, 1578020585000, NaN, NaN, NaN, NaN, -60000]
function test() {
  return [
    Date.parse('2020-01-02T03:04:05+01:00'),
    Date.parse('2020-01-02T03:04:05-01:30'),
    Date.parse('2020-01-02T03:04:05.678+05:45'),
    Date.parse('2020-01-02T03:04+00:00'),
    Date.parse('2020-01-02T03:04-00:00'),
    Date.parse('2020-01-02T03:04:05+23:59'),
    Date.parse('2020-01-02T03:04:05-23:59'),
    Date.parse('2020-01-02T03:04:05+24:00'),
    Date.parse('2020-01-02T03:04:05+01:60'),
    Date.parse('2020-01-02T03:04:05+01'),
    Date.parse('2020-01-02T03:04:05+1:00'),
    Date.parse('1970-01-01T00:00:00+00:01')
  ]
}

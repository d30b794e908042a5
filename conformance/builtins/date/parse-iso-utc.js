// description: Date.parse reads the ECMA-262 date time string format; date-only forms and times with Z are UTC
// expect: [1700000000005, 1700000000000, 1699999980000, 1699920000000, 1698796800000, 1672531200000, 0, -1, 951782400000, -62167219200000, 253402300799999, 1672567200000, 1685613630000]
function test() {
  return [
    Date.parse('2023-11-14T22:13:20.005Z'),
    Date.parse('2023-11-14T22:13:20Z'),
    Date.parse('2023-11-14T22:13Z'),
    Date.parse('2023-11-14'),
    Date.parse('2023-11'),
    Date.parse('2023'),
    Date.parse('1970-01-01T00:00:00.000Z'),
    Date.parse('1969-12-31T23:59:59.999Z'),
    Date.parse('2000-02-29'),
    Date.parse('0000-01-01'),
    Date.parse('9999-12-31T23:59:59.999Z'),
    Date.parse('2023T10:00Z'),
    Date.parse('2023-06T10:00:30Z')
  ]
}

// description: expanded years have a sign and six digits, reach the ends of the time value range, and -000000 is not a year
// expect: [1577923200000, -125912188800000, -62167219200000, -62198755200000, 253402300800000, -8640000000000000, NaN, 8640000000000000, NaN, -8640000000000000, NaN, NaN, NaN, NaN]
function test() {
  return [
    Date.parse('+002020-01-02T00:00:00Z'),
    Date.parse('-002020-01-02T00:00:00Z'),
    Date.parse('+000000-01-01T00:00:00Z'),
    Date.parse('-000001-01-01T00:00:00Z'),
    Date.parse('+010000-01-01'),
    Date.parse('-271821-04-20T00:00:00.000Z'),
    Date.parse('-271821-04-19T23:59:59.999Z'),
    Date.parse('+275760-09-13T00:00:00.000Z'),
    Date.parse('+275760-09-13T00:00:00.001Z'),
    Date.parse('-271821-04-20'),
    Date.parse('+275760-09-14'),
    Date.parse('-271821-04-20T00:00:00+00:01'),
    Date.parse('+275760-09-13T00:00:00-00:01'),
    Date.parse('+275761-01-01')
  ]
}

// description: new Date(string) parses the string as Date.parse does
// expect: [1700000000005, 0, 1700000000000, 8640000000000000, NaN, NaN]
function test() {
  return [
    new Date('2023-11-14T22:13:20.005Z').getTime(),
    new Date('1970-01-01').getTime(),
    new Date('Tue, 14 Nov 2023 22:13:20 GMT').getTime(),
    new Date('+275760-09-13T00:00:00.000Z').getTime(),
    new Date('not a date').getTime(),
    new Date('').getTime()
  ]
}

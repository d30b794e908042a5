// description: Date.UTC carries months beyond 0-11 and days beyond the month into the year and month (MakeDay)
// expect: [true, true, true, true, true, true, true, true, true, true, true, true, true, 0]
function test() {
  return [
    Date.UTC(2020, 12, 1) === Date.UTC(2021, 0, 1),
    Date.UTC(2020, -1, 1) === Date.UTC(2019, 11, 1),
    Date.UTC(2020, -13, 1) === Date.UTC(2018, 11, 1),
    Date.UTC(2020, 24 * 10 + 1, 1) === Date.UTC(2040, 1, 1),
    Date.UTC(2020, 1, 30) === Date.UTC(2020, 2, 1),
    Date.UTC(2019, 1, 29) === Date.UTC(2019, 2, 1),
    Date.UTC(2020, 0, 0) === Date.UTC(2019, 11, 31),
    Date.UTC(2020, 0, -365) === Date.UTC(2018, 11, 31),
    Date.UTC(2020, 0, 367) === Date.UTC(2021, 0, 1),
    Date.UTC(2020, 0, 1, 24) === Date.UTC(2020, 0, 2),
    Date.UTC(2020, 0, 1, -1) === Date.UTC(2019, 11, 31, 23),
    Date.UTC(2020, 0, 1, 0, 61, 61, 1001) === Date.UTC(2020, 0, 1, 1, 2, 2, 1),
    Date.UTC(2020, 0, 1, 0, 0, 0, -1) === Date.UTC(2019, 11, 31, 23, 59, 59, 999),
    Date.UTC(1970, 0, 1e20, 0, 0, 0, -1e20 * 86400000)
  ]
}

// description: Date.UTC builds a time value from UTC components
// expect: [1700000000005, 0, 0, 1577836800000, 951782400000, -1, -2177452800000, 917827200000, -59008780800000, -2208988800000, -62198755200000, -8640000000000000, 8640000000000000]
function test() {
  return [
    Date.UTC(2023, 10, 14, 22, 13, 20, 5),
    Date.UTC(1970, 0, 1),
    Date.UTC(1970, 0),
    Date.UTC(2020),
    Date.UTC(2000, 1, 29),
    Date.UTC(1969, 11, 31, 23, 59, 59, 999),
    Date.UTC(1, 0, 1),
    Date.UTC(99, 1),
    Date.UTC(100, 1),
    Date.UTC(0, 0),
    Date.UTC(-1, 0),
    Date.UTC(-271821, 3, 20),
    Date.UTC(275760, 8, 13)
  ]
}

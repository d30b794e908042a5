// description: Date.UTC with missing, non-finite, fractional and out-of-range arguments
// expect: [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, 3661001, 0, NaN, NaN, NaN, NaN, 8640000000000000, NaN, 8640000000000000, NaN, 1580688000000, -2208988800000, -2174774400000]
function test() {
  return [
    Date.UTC(),
    Date.UTC(undefined),
    Date.UTC(NaN, 0),
    Date.UTC(2020, undefined),
    Date.UTC(2020, 0, undefined),
    Date.UTC(Infinity, 0),
    Date.UTC(2020, -Infinity),
    Date.UTC(2020, 0, 1, 0, 0, 0, Infinity),
    Date.UTC(1970.9, 0.9, 1.9, 1.9, 1.9, 1.9, 1.9),
    Date.UTC(1970, 0, 1, 0, 0, 0, -0.9),
    Date.UTC(-271821, 3, 19, 23, 59, 59, 999),
    Date.UTC(275760, 8, 13, 0, 0, 0, 1),
    Date.UTC(1e20, 0),
    Date.UTC(1970, 1e20),
    Date.UTC(1970, 0, 1e8 + 1),
    Date.UTC(1970, 0, 1e8 + 2),
    Date.UTC(1970, 0, 1, 0, 0, 0, 8.64e15),
    Date.UTC(1970, 0, 1, 2.4e12),
    Date.UTC('2020', '1', '3'),
    Date.UTC(null, null),
    Date.UTC(true, true, true)
  ]
}

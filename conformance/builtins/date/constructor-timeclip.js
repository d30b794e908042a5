// description: TimeClip bounds time values to +/-8.64e15 ms (100 million days)
// expect: [8640000000000000, -8640000000000000, NaN, NaN, 8640000000000000, -8640000000000000, NaN, "+275760-09-13T00:00:00.000Z", "-271821-04-20T00:00:00.000Z"]
function test() {
  return [
    new Date(8.64e15).getTime(),
    new Date(-8.64e15).getTime(),
    new Date(8.64e15 + 1).getTime(),
    new Date(-8.64e15 - 1).getTime(),
    new Date(8.64e15 + 0.5).getTime(),
    new Date(-8.64e15 - 0.5).getTime(),
    new Date(1e300).getTime(),
    new Date(8.64e15).toISOString(),
    new Date(-8.64e15).toISOString()
  ]
}

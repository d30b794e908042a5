// description: < compares strings by code units and everything else as numbers
// expect: [true, true, true, false, false, true, false, false, true, true, false, true]
function test() {
  return ['a' < 'b', 'B' < 'a', '10' < '9', 10 < 9, '10' < 9, null < 1, undefined < 1, NaN < 1, [2] > 1, 'a' <= 'a', NaN <= NaN, {} >= {}]
}

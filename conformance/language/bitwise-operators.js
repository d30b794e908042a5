// description: bitwise operators work on 32-bit integers
// expect: [1, 7, 6, -1, 0, 1, -2147483648, -1, 4294967295, 15, 5, 1, -1, 0]
function test() {
  return [5 & 3, 5 | 3, 5 ^ 3, ~0, ~-1, 1 << 32, 1 << 31, -1 >> 1, -1 >>> 0, -1 >>> 28, 2 ** 32 + 5 | 0, 1.9 | 0, -1.9 | 0, NaN | 0]
}

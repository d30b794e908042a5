// description: IEEE double arithmetic: -0, Infinity, NaN, remainder signs
// expect: [0.30000000000000004, -Infinity, -0, 2, -2, 2, 1.5, 0.5, NaN, NaN, NaN, 9007199254740992]
function test() {
  return [0.1 + 0.2, 1 / -0, -0 * 1, 5 % 3, -5 % 3, 5 % -3, 5.5 % 2, 2 ** -1, (-8) ** (1 / 3), 0 / 0, Infinity - Infinity, 2 ** 53 + 1]
}

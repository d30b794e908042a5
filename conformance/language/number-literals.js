// description: numeric literals in every radix, with exponents
// expect: [255, 15, 5, 1000, 0.0015, 0.5, 5, 1, 9007199254740992, 1e+21, 123456789012345680000]
function test() {
  return [0xff, 0o17, 0b101, 1e3, 1.5e-3, .5, 5., 0.1e1, 9007199254740993, 1e21, 123456789012345680000]
}

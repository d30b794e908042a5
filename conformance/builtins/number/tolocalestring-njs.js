// description: without Intl (as in njs), toLocaleString is toString: no grouping, no rounding to three decimals, -0 is 0
// expect: ["1234.5678", "1e+21", "0", "1234567", "-0.000001", "Infinity", "-Infinity"]
// node: skip Node formats with ECMA-402 (en-US grouping and rounding); njs, which CloudFront runs, has no Intl
function test() {
  return [(1234.5678).toLocaleString(), (1e21).toLocaleString(), (-0).toLocaleString(), (1234567).toLocaleString(),
    (-0.000001).toLocaleString(), Infinity.toLocaleString(), (-Infinity).toLocaleString()];
}

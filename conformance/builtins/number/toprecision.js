// description: toPrecision: fixed or exponential notation by the exponent, exact rounding, undefined precision is toString
// expect: ["123.5", "1.2e+2", "123", "1e+2", "0.0000012", "1.2e-7", "1.2e+5", "123456", "123456.0", "1.3", "1.4", "-1.3", "0", "0.00", "0.0", "100", "1e+1", "1.00e+21", "1000000000000000000000", "1.00000000000000000000e+21", "4.94e-324", "2e+308", "0.100000000000000005551", "0.1000000000000000055511151231257827021181583404541015625000000000000000000000000000000000000000000000", "0.33333333333333331", "123.456", "123.456", "123", "123", "0.000001", "1e-7", "2e+1", "3e+1", "-3e+1", "NaN", "Infinity", "-Infinity", "1000000", "1.00000e+6"]
function test() {
  return [
    (123.456).toPrecision(4), (123.456).toPrecision(2), (123.456).toPrecision(3), (123.456).toPrecision(1), (0.000001234).toPrecision(2),
    (0.0000001234).toPrecision(2), (123456).toPrecision(2), (123456).toPrecision(6), (123456).toPrecision(7), (1.25).toPrecision(2),
    (1.35).toPrecision(2), (-1.25).toPrecision(2), (0).toPrecision(1), (0).toPrecision(3), (-0).toPrecision(2), (99.99).toPrecision(3),
    (9.99).toPrecision(1), (1e21).toPrecision(3), (1e21).toPrecision(22), (1e21).toPrecision(21), (5e-324).toPrecision(3),
    (1.7976931348623157e308).toPrecision(1), (0.1).toPrecision(21), (0.1).toPrecision(100), (1 / 3).toPrecision(17),
    (123.456).toPrecision(), (123.456).toPrecision(undefined), (123.456).toPrecision('3'), (123.456).toPrecision(3.9),
    (1e-6).toPrecision(1), (1e-7).toPrecision(1), (15).toPrecision(1), (25).toPrecision(1), (-25).toPrecision(1),
    NaN.toPrecision(3), Infinity.toPrecision(200), (-Infinity).toPrecision(), (1000000).toPrecision(7), (1000000).toPrecision(6)
  ];
}

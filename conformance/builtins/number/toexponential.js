// description: toExponential with and without a digit count: exact rounding, ties away from zero, zero, extremes
// expect: ["1.23e+5", "1.23456e+5", "0e+0", "0.000e+0", "0.00e+0", "1.5e-7", "-1e-7", "1.3e+0", "1.4e+0", "1.0e+1", "1e+1", "1e-5", "1e+21", "1.000e+21", "5e-324", "4.94065645841246544177e-324", "1.7976931348623157e+308", "1.7976931348623157081452742373170435679807056752584499659891747680315726078002853876058955863276687817e+308", "1.00000000000000005551e-1", "3.3333333333333331e-1", "1.23456e+2", "1e+2", "1.2e+2", "3e+0", "-3e+0", "1.00e-7", "3e+1", 105, "NaN", "Infinity", "-Infinity"]
function test() {
  return [
    (123456).toExponential(2), (123456).toExponential(), (0).toExponential(), (0).toExponential(3), (-0).toExponential(2),
    (1.5e-7).toExponential(), (-1.5e-7).toExponential(0), (1.25).toExponential(1), (1.35).toExponential(1), (9.99).toExponential(1),
    (9.5).toExponential(0), (0.00001).toExponential(), (1e21).toExponential(), (1e21).toExponential(3), (5e-324).toExponential(),
    (5e-324).toExponential(20), (1.7976931348623157e308).toExponential(), (1.7976931348623157e308).toExponential(100),
    (0.1).toExponential(20), (1 / 3).toExponential(16), (123.456).toExponential(undefined), (123.456).toExponential(null),
    (123.456).toExponential('1'), (2.5).toExponential(0), (-2.5).toExponential(0), (1e-7).toExponential(2), (25).toExponential(0),
    (12345.6789).toExponential(100).length, NaN.toExponential(2), Infinity.toExponential(), (-Infinity).toExponential(1)
  ];
}

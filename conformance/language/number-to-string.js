// description: numbers convert to strings with the shortest round-trip form
// expect: ["0.1", "0", "1e+21", "1e-7", "1.23e-18", "9007199254740992", "0.3333333333333333", "-1e-7", "100", "25"]
function test() {
  return [String(0.1), String(-0), String(1e21), String(1e-7), String(123e-20), String(2 ** 53), String(1 / 3), String(-1e-7), 100 + '', (25).toString()]
}

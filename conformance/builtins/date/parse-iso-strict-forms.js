// description: forms outside the date time string format that V8 reads with its own heuristics give NaN (lowercase t/z, -000000, offsets without colon, short or long years, dates with a zone, spaces)
// node: skip V8 accepts these outside the ECMA-262 format
// expect: [NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN, NaN]
function test() {
  return [
    Date.parse('2020-01-02t03:04:05z'),
    Date.parse('-000000-01-01T00:00:00Z'),
    Date.parse('2020-01-02T03:04:05+0100'),
    Date.parse('+2020-01-02'),
    Date.parse('02020-01-02'),
    Date.parse('2020-01-02Z'),
    Date.parse('2020Z'),
    Date.parse(' 2020-01-02'),
    Date.parse('2020-01-02 '),
    Date.parse('2020-1-2'),
    Date.parse('2020-01-02 03:04:05Z'),
    Date.parse('12/25/2020'),
    Date.parse('+99999-01-01'),
    Date.parse('2020-001-01'),
    Date.parse('-2020-01-01')
  ]
}

// description: a space between 0 and 1 is ToIntegerOrInfinity 0, so there is no gap and no line breaks (ECMA-262 §25.5.2.1 step 6); the same for -0 and tiny values
// node: skip V8 treats a space in (0, 1) as a zero-length gap and still breaks lines ("[\n1\n]"), against the specification
// expect: ["[1]", "{\"a\":[1]}", "[1]", "[1]"]
function test() {
  return [JSON.stringify([1], null, 0.9), JSON.stringify({ a: [1] }, null, 0.5), JSON.stringify([1], null, -0), JSON.stringify([1], null, 5e-324)];
}

// description: Array.of builds from its arguments; with a non-constructor this it makes an array
// expect: [[], [7], [1, 2, 3], 1, [1, 2], true, 2, 2, "a", "b", 0]
function test() {
  var of = Array.of;
  function C(n) { this.made = n; }
  var c = Array.of.call(C, 'a', 'b');
  return [Array.of(), Array.of(7), Array.of(1, 2, 3), Array.of(undefined).length, of(1, 2),
    c instanceof C, c.made, c.length, c[0], c[1], Array.of.length];
}

// description: parseInt radix: ToInt32, 0 means 10 (or 16 with 0x), out of 2..36 is NaN, prefix only for 16
// expect: [3, 1, NaN, 511, 1295, 1295, NaN, NaN, NaN, 10, 16, 16, 0, 0, NaN, 16, 2, 2, 16, 10, 10, 10, 10, NaN, 3, 255, 15, -255, 0, 5, NaN, 8, 1461559270678, 30191, 10, NaN, 2, "parseInt"]
function test() {
  return [
    parseInt('11', 2), parseInt('12', 2), parseInt('2', 2), parseInt('777', 8), parseInt('zz', 36), parseInt('ZZ', 36),
    parseInt('z', 35), parseInt('10', 37), parseInt('10', 1), parseInt('10', 0), parseInt('0x10', 0), parseInt('0x10', 16),
    parseInt('0x10', 10), parseInt('0x10', 8), parseInt('10', -1), parseInt('10', 4294967312), parseInt('10', 4294967298),
    parseInt('10', 2.9), parseInt('10', '16'), parseInt('10', NaN), parseInt('10', Infinity), parseInt('10', -0),
    parseInt('10', null), parseInt('10', true), parseInt('10', { valueOf: function () { return 3; } }), parseInt('ff', 16),
    parseInt('fg', 16), parseInt('-ff', 16), parseInt('0xff', 15), parseInt('12', 3), parseInt('9', 9), parseInt('8', 9),
    parseInt('Infinity', 36), parseInt('NaN', 36), parseInt('a', 11), parseInt('A', 10), parseInt.length, parseInt.name
  ];
}

// description: reverse keeps holes in mirrored positions; fill and copyWithin with relative indices
// expect: [[3, 2, 1], 5, false, true, 3, undefined, 1, "c", false, "a", [0, 0, 0, 0], [1, 9, 9, 9], [1, 9, 9, 4], [1, 2, 3], [1, 2, 3], ["x", "x", "x"], "v", [4, 5, 3, 4, 5], [1, 1, 2, 3, 4], [1, 2, 3, 1, 2], [4, 2, 3, 4, 5], false, 1, 2]
function test() {
  var h = [1, , 3, 4, , ];
  h.reverse();
  var like = { length: 3, 0: 'a', 2: 'c' };
  Array.prototype.reverse.call(like);
  return [[1, 2, 3].reverse(), h.length, 0 in h, 1 in h, h[2], h[3], h[4], like[0], 1 in like, like[2],
    [1, 2, 3, 4].fill(0), [1, 2, 3, 4].fill(9, 1), [1, 2, 3, 4].fill(9, -3, -1), [1, 2, 3].fill(9, 5), [1, 2, 3].fill(9, NaN, NaN),
    Array(3).fill('x'), Array.prototype.fill.call({ length: 2 }, 'v')[1],
    [1, 2, 3, 4, 5].copyWithin(0, 3), [1, 2, 3, 4, 5].copyWithin(1, 0), [1, 2, 3, 4, 5].copyWithin(-2, 0, 2),
    [1, 2, 3, 4, 5].copyWithin(0, -2, -1), [1, , 3].copyWithin(0, 1).hasOwnProperty(0),
    Array.prototype.fill.length, Array.prototype.copyWithin.length];
}

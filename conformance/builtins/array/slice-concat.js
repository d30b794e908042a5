// description: slice and concat copy elements, keep holes, spread only arrays
// expect: [[1, 2, 3, 4], [2, 3, 4], [3, 4], [2, 3], [], [2, 3], [1, 2, 3, 4], [1, 2, 3, 4], 3, false, 3, false, "c", 7, false, 4, [5], true, [], true, 1, 2]
function test() {
  var a = [1, 2, 3, 4];
  var h = [1, , 3];
  var like = { length: 3, 0: 'a', 2: 'c' };
  var sl = Array.prototype.slice.call(like, 0);
  var cc = [0].concat(h, 4, [[5]], like);
  return [a.slice(), a.slice(1), a.slice(-2), a.slice(1, -1), a.slice(3, 1), a.slice('1', '3'), a.slice(NaN),
    a.slice(0, Infinity), h.slice().length, 1 in h.slice(), sl.length, 1 in sl, sl[2],
    cc.length, 2 in cc, cc[4], cc[5], cc[6] === like, [].concat(), [].concat.call(1, 2)[0] instanceof Number,
    Array.prototype.concat.length, Array.prototype.slice.length];
}

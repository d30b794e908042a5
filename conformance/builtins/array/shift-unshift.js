// description: shift and unshift move elements, keep holes as holes, work on array-likes
// expect: [1, [0, 0.5, 2, 3], 4, [0, 0.5, 2, 3], undefined, 4, 4, 1, false, 2, [<hole>, 3], 3, false, 3, "p", "q", 1, false, 2, "n", "q", 2]
function test() {
  var out = [];
  var a = [1, 2, 3];
  out.push(a.shift(), a, a.unshift(0, 0.5), a, [].shift(), a.unshift(), a.length);
  var h = [1, , 3];
  out.push(h.shift(), 0 in h, h.length, h);
  var h2 = [, 'b'];
  out.push(h2.unshift('a'), 1 in h2, h2.length);
  var like = { length: 2, 0: 'p', 1: 'q' };
  out.push(Array.prototype.shift.call(like), like[0], like.length, 1 in like);
  out.push(Array.prototype.unshift.call(like, 'n'), like[0], like[1], like.length);
  return out;
}

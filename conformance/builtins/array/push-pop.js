// description: push and pop on arrays, holes, array-likes and frozen arrays
// expect: [4, [1, 2, 3, 4], 4, 3, 2, undefined, 2, 2, 3, "z", 3, "z", 2, false, undefined, 0, undefined, 4, 5, false, true, "TypeError", "TypeError", 1, "TypeError"]
function test() {
  var out = [];
  var a = [1, 2];
  out.push(a.push(3, 4), a.slice(), a.pop(), a.pop(), a.length, [].pop(), a.push(), a.length);
  var like = { length: '2', 0: 'x', 1: 'y' };
  out.push(Array.prototype.push.call(like, 'z'), like[2], like.length);
  out.push(Array.prototype.pop.call(like), like.length, 2 in like);
  var empty = {};
  out.push(Array.prototype.pop.call(empty), empty.length);
  var holey = [1, , 3];
  holey.length = 5;
  out.push(holey.pop(), holey.length, holey.push('e'), 3 in holey, 4 in holey);
  var frozen = Object.freeze([1]);
  try { frozen.push(2); } catch (e) { out.push(e.name); }
  try { frozen.pop(); } catch (e) { out.push(e.name); }
  out.push(frozen.length);
  var big = { length: 9007199254740991 };
  try { Array.prototype.push.call(big, 1); } catch (e) { out.push(e.name); }
  return out;
}

// description: reduce and reduceRight with and without an initial value, holes, empty arrays
// expect: [6, 16, "cba", 5, "init", 7, [[0, 1, 0, 2], [1, 2, 1, 2]], [2, 1, 0], "TypeError", "Reduce of empty array with no initial value", "TypeError", "TypeError"]
function test() {
  var out = [];
  out.push([1, 2, 3].reduce(function (a, b) { return a + b; }), [1, 2, 3].reduce(function (a, b) { return a + b; }, 10));
  out.push(['a', 'b', 'c'].reduceRight(function (a, b) { return a + b; }), [, , 5, , ].reduce(function (a, b) { return a + b; }));
  out.push([].reduce(function () {}, 'init'), [7].reduce(function () { return 'never'; }));
  var args = [];
  [1, 2].reduce(function (acc, v, i, arr) { args.push([acc, v, i, arr.length]); return acc + v; }, 0);
  out.push(args);
  var right = [];
  [1, 2, 3].reduceRight(function (acc, v, i) { right.push(i); return acc; }, 0);
  out.push(right);
  try { [].reduce(function () {}); } catch (e) { out.push(e.name, e.message); }
  try { [, , ].reduceRight(function () {}); } catch (e) { out.push(e.name); }
  try { [1].reduce('x'); } catch (e) { out.push(e.name); }
  return out;
}

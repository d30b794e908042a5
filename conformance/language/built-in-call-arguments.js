// description: built-ins called from script with no arguments, with up to eight and with more, including ones whose callbacks call deeply enough to grow the register file while the arguments are held
// expect: [-Infinity, 8, 9, 12, 10, 10, 10, "abcdefghi200", "1,2,3", 318]
function test() {
  var out = [];
  out.push(Math.max(), Math.max(1, 2, 3, 4, 5, 6, 7, 8), Math.max(1, 2, 3, 4, 5, 6, 7, 8, 9), Math.max(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
  var pushed = [];
  out.push(pushed.push(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), pushed.push(), pushed.length);
  function deep(n) { return n === 0 ? 0 : 1 + deep(n - 1); }
  out.push(String.prototype.concat.call('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', deep(200)));
  out.push([3, 1, 2].sort(function (a, b) { return deep(100) + a - b - deep(100); }).join());
  out.push([1, 2, 3].reduce(function (acc, v, i, a) { return acc + deep(100) + v + i + a.length; }, 0));
  return out;
}

// description: find and findIndex visit every index including holes and stop at the first match
// expect: [12, [0, 1, 2], 4, undefined, 1, undefined, -1, "b", 2, 1]
function test() {
  var a = [5, , 12, 8, 130, 44];
  var visited = [];
  var f = a.find(function (v, i) { visited.push(i); return v > 10; });
  return [f, visited, a.findIndex(function (v) { return v > 13; }), a.find(function (v) { return v > 1000; }),
    a.findIndex(function (v) { return v === undefined; }), a.find(function (v, i) { return i === 1; }),
    [].findIndex(function () { return true; }),
    Array.prototype.find.call({ length: 2, 0: 'a', 1: 'b' }, function (v) { return v === 'b'; }),
    [1, 2, 3].find(function (v) { return v === this.k; }, { k: 2 }), Array.prototype.find.length];
}

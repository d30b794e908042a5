// description: sort is stable, sorts by string by default, puts undefined last and holes after (strings with a hole too), honours the comparator
// expect: [[1, 10, 100, 25, 9], ["B", "C", "a", "b"], [1, 2, 3], [1, 2, 3, undefined, <hole>], 5, false, true, 0, 1, 29, [1, 2, 3], [2, 1], [false, "n", null, true], [97, 55357, 65535], "TypeError", "The comparison function must be either a function or undefined", "cmp", "abc", 12, ["a", "b", "c", <hole>], false, 4]
function test() {
  var out = [];
  out.push([10, 9, 1, 100, 25].sort(), ['b', 'a', 'C', 'B'].sort(), [3, 1, 2].sort(function (a, b) { return a - b; }));
  out.push([3, undefined, 1, , 2].sort(), [3, undefined, 1, , 2].sort().length, 4 in [3, undefined, 1, , 2].sort());
  var people = [];
  for (var i = 0; i < 30; i++) people.push({ k: i % 3, i: i });
  people.sort(function (a, b) { return a.k - b.k; });
  var stable = true;
  for (var j = 1; j < people.length; j++) {
    if (people[j - 1].k === people[j].k && people[j - 1].i > people[j].i) stable = false;
  }
  out.push(stable, people[0].i, people[10].i, people[29].i);
  out.push([1, 2, 3].sort(function () { return NaN; }), [2, 1].sort(function (a, b) { return a < b; }), [true, false, null, 'n'].sort());
  out.push(['\ud83d\ude00', '\uffff', 'a'].sort().map(function (s) { return s.charCodeAt(0); }));
  try { [1, 2].sort(1); } catch (e) { out.push(e.name, e.message); }
  try { [2, 1].sort(function () { throw new Error('cmp'); }); } catch (e) { out.push(e.message); }
  var like = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
  Array.prototype.sort.call(like);
  out.push(like[0] + like[1] + like[2]);
  var inconsistent = [5, 1, 4, 2, 3, 9, 7, 8, 6, 0, 11, 10];
  inconsistent.sort(function () { return Math.random() < 0.5 ? -1 : 1; });
  out.push(inconsistent.length);
  var strings = ['b', , 'a', 'c'];
  strings.sort();
  out.push(strings, 3 in strings, strings.length);
  return out;
}

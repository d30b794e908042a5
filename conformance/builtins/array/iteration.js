// description: forEach, map, filter, some and every: holes skipped, length read once, thisArg, callback arguments
// expect: [[[1, 0, true, "T"], [3, 2, true, "T"]], [2, <hole>, 6], false, 3, [1, 3], [5, 6], true, false, true, true, 2, 4, [1, 2], 2, "TypeError", "undefined is not a function", "TypeError", "42 is not a function", ["aa", "bb"], undefined]
function test() {
  var out = [];
  var a = [1, , 3];
  var seen = [];
  a.forEach(function (v, i, arr) { seen.push([v, i, arr === a, this.t]); }, { t: 'T' });
  out.push(seen);
  var m = a.map(function (v) { return v * 2; });
  out.push(m, 1 in m, m.length);
  out.push([1, 2, 3, 4].filter(function (v) { return v % 2; }), [5, 6].filter(function () { return 'yes'; }));
  out.push([1, 2].some(function (v) { return v > 1; }), [].some(function () { return true; }), [1, 2].every(function (v) { return v > 0; }), [].every(function () { return false; }));
  var grow = [1, 2];
  var visits = 0;
  grow.forEach(function (v) { visits++; grow.push(v); });
  out.push(visits, grow.length);
  var shrink = [1, 2, 3, 4];
  var seen2 = [];
  shrink.forEach(function (v) { seen2.push(v); shrink.length = 2; });
  out.push(seen2);
  var calls = 0;
  [1, 2, 3].every(function (v) { calls++; return v < 2; });
  out.push(calls);
  try { [1].forEach(); } catch (e) { out.push(e.name, e.message); }
  try { [1].map(42); } catch (e) { out.push(e.name, e.message); }
  out.push(Array.prototype.map.call('ab', function (c) { return c + c; }));
  out.push((function () { 'use strict'; var t = []; [1].forEach(function () { t.push(this); }); return t[0]; })());
  return out;
}

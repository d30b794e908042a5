// description: methods read lengths and elements through getters, in order, on array-likes and strings
// expect: ["ab", ["A", "B"], ["length", "get0", "get1", "length", "get0", "get1"], ["h", "e", "y"], [], 0, "", 0]
function test() {
  var log = [];
  var like = {};
  Object.defineProperty(like, 'length', { get: function () { log.push('length'); return 2; } });
  Object.defineProperty(like, 0, { get: function () { log.push('get0'); return 'a'; } });
  Object.defineProperty(like, 1, { get: function () { log.push('get1'); return 'b'; } });
  var joined = Array.prototype.join.call(like, '');
  var mapped = Array.prototype.map.call(like, function (x) { return x.toUpperCase(); });
  var strs = Array.prototype.slice.call('hey');
  var neg = Array.prototype.slice.call({ length: -5, 0: 1 });
  var huge = Array.prototype.indexOf.call({ length: Infinity, 0: 'z' }, 'z');
  return [joined, mapped, log, strs, neg, huge, Array.prototype.join.call(12), Array.prototype.slice.call(true).length];
}

// description: find and findIndex (2.0) return the first element (index) whose predicate is truthy, or undefined (-1)
// expect: [1.5, 0, NaN, 1, -0, undefined, -1, NaN, [[0, true, true], [1, true, true]], 3, -1, TypeError: undefined is not a function, TypeError: x is not a function, TypeError: this is not a typed array.]
// expect cloudfront-js-1.0: throws TypeError: a.find is not a function
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  var a = new Float64Array([1.5, NaN, -0, 4]);
  var log = [];
  return [
    a.find(function (v) { return v > 1; }), a.findIndex(function (v) { return v > 1; }), a.find(function (v) { return v !== v; }), a.findIndex(function (v) { return v !== v; }),
    a.find(function (v) { return v === 0; }), a.find(function () { return false; }), a.findIndex(function () { return 0; }),
    a.find(function (v, i, o) { log[log.length] = [i, o === a, this === undefined]; return i === 1; }), log,
    a.findIndex(function (v) { return this.limit < v; }, { limit: 3 }), new Uint8Array(0).findIndex(function () { return true; }),
    t(function () { return a.find(); }), t(function () { return a.findIndex('x'); }), t(function () { return Uint8Array.prototype.find.call({}, function () {}); })
  ];
}

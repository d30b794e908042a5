// description: every, some and forEach (2.0) call the callback with (value, index, array) and thisArg, read elements as they are when visited, and stop early
// expect: [false, [[1, 0, true, "ctx"], [2, 1, true, "ctx"], [30, 2, true, "ctx"], [-4, 3, true, "ctx"]], true, 3, true, 4, undefined, true, false, true, false, TypeError: undefined is not a function, TypeError: #<Object> is not a function, TypeError: 1 is not a function, TypeError: this is not a typed array., RangeError: stop]
// expect cloudfront-js-1.0: throws TypeError: a.every is not a function
function t(f) { try { return f(); } catch (e) { return e; } }
function test() {
  var a = new Int8Array([1, 2, 3, -4]);
  var first = a.every(function (v) { return v > 0; });
  var log = [];
  var ctx = { tag: 'ctx' };
  a.forEach(function (v, i, o) { log[log.length] = [v, i, o === a, this.tag]; if (i === 0) { o[2] = 30; } }, ctx);
  var visited = 0;
  var some = a.some(function (v) { visited++; return v === 30; });
  var count = 0;
  var every = a.every(function () { count++; return 1; });
  return [
    first, log, some, visited, every, count, a.forEach(function () {}), new Uint8Array(0).every(function () { return false; }), new Uint8Array(0).some(function () { return true; }),
    a.some(function (v) { return v < -3; }), a.every(function (v, i) { return i < 2; }),
    t(function () { return a.every(); }), t(function () { return a.some({}); }), t(function () { return a.forEach(1); }),
    t(function () { return Uint8Array.prototype.every.call([1], function () { return true; }); }),
    t(function () { return a.some(function () { throw new RangeError('stop'); }); })
  ];
}

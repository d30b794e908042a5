// description: new TA(object) with a Symbol.iterator method collects what the iterator yields; bad iterators throw TypeErrors
// expect cloudfront-js-1.0: throws ReferenceError: Symbol is not defined
// expect: [[10, 20, 30], [], [5, 6], TypeError: TypedArray's constructor requires that the property of the first argument, items[Symbol.iterator], when exists, be a function, TypeError: Result of the Symbol.iterator method is not an object, TypeError: Iterator result 1 is not an object, RangeError: from next]
function t(f) { try { return f(); } catch (e) { return e; } }
function arr(a) { var r = []; for (var i = 0; i < a.length; i++) r[i] = a[i]; return r; }
function counter(n) {
  var o = { length: 99 };
  o[Symbol.iterator] = function () {
    var i = 0;
    return { next: function () { i++; return i > n ? { done: true, value: 'x' } : { done: 0, value: i * 10 }; } };
  };
  return o;
}
function test() {
  var nullIter = { length: 2, 0: 5, 1: 6 };
  nullIter[Symbol.iterator] = null;
  var bad = {};
  bad[Symbol.iterator] = 1;
  var notObject = {};
  notObject[Symbol.iterator] = function () { return 1; };
  var badResult = {};
  badResult[Symbol.iterator] = function () { return { next: function () { return 1; } }; };
  var throwing = {};
  throwing[Symbol.iterator] = function () { return { next: function () { throw new RangeError('from next'); } }; };
  return [arr(new Uint8Array(counter(3))), arr(new Float64Array(counter(0))), arr(new Uint8Array(nullIter)),
    t(function () { return new Uint8Array(bad); }),
    t(function () { return new Uint8Array(notObject); }),
    t(function () { return new Uint8Array(badResult); }),
    t(function () { return new Uint8Array(throwing); })];
}

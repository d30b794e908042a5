// description: new Date(date) copies the time value without calling valueOf, toString or Symbol.toPrimitive
// expect: [123456789, 0, true, NaN, -8640000000000000]
function test() {
  var d = new Date(123456789);
  var calls = 0;
  d.valueOf = function () { calls++; return 1 };
  d.toString = function () { calls++; return '1970-01-01T00:00:00Z' };
  var copy = new Date(d);
  var invalid = new Date(new Date(NaN));
  return [copy.getTime(), calls, copy !== d, invalid.getTime(), new Date(new Date(-8.64e15)).getTime()]
}

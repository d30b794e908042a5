// description: keys are listed when an object is entered, so a key deleted by a getter or toJSON before it is reached is read as undefined (omitted) and added keys are not visited; an array's length is read once when it is entered
// expect: ["{\"a\":1}", "[\"first\",null,null]", "[\"g\"]"]
function test() {
  var o = {};
  Object.defineProperty(o, 'a', { get: function () { delete this.b; this.c = 3; return 1; }, enumerable: true, configurable: true });
  o.b = 2;
  var arr = [1, 2, 3];
  var first = { toJSON: function () { arr.length = 1; return 'first'; } };
  arr[0] = first;
  var grow = [1];
  var g = { toJSON: function () { grow[3] = 'late'; return 'g'; } };
  grow[0] = g;
  return [JSON.stringify(o), JSON.stringify(arr), JSON.stringify(grow)];
}

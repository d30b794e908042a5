// description: object members are the own enumerable string keys in property order (integer keys ascending, then strings in creation order); non-enumerable, inherited and symbol-keyed properties are skipped; getters run; an array's extra properties are ignored
// expect: ["{\"2\":4,\"10\":3,\"b\":1,\"a\":2,\"-1\":5}", "{\"g\":\"got\",\"plain\":1}", "[1,2]", "{\"own\":2}", "{\"x\":1,\"y\":2}", ["x", "y"]]
function test() {
  var o = { b: 1, a: 2, 10: 3, 2: 4 };
  o['-1'] = 5;
  Object.defineProperty(o, 'hidden', { value: 6, enumerable: false });
  var g = { get g() { return 'got'; }, plain: 1 };
  var arr = [1, 2];
  arr.extra = 3;
  var inherits = Object.create({ inherited: 1 });
  inherits.own = 2;
  var order = [];
  var getters = {};
  Object.defineProperty(getters, 'x', { get: function () { order[order.length] = 'x'; return 1; }, enumerable: true });
  Object.defineProperty(getters, 'y', { get: function () { order[order.length] = 'y'; return 2; }, enumerable: true });
  var r = JSON.stringify(getters);
  return [JSON.stringify(o), JSON.stringify(g), JSON.stringify(arr), JSON.stringify(inherits), r, order];
}

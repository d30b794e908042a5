// description: an object's own enumerable string keys are listed when it is entered and each is read with [[Get]] when reached: getters run in key order and see earlier changes, a property changed, deleted or added by a getter is read as it is then (a deleted one omitted, an added one not visited), index keys come first, and inherited and non-enumerable properties are left out
// expect: ["{\"a\":1,\"b\":\"changed by a\",\"e\":{\"nested\":2}}", ["a", "e"], "{\"2\":\"two\",\"10\":\"ten\",\"own\":\"own\"}", "{\"k\":[null,\"v\"]}", "{\"s\":\"ab\",\"n\":-5,\"b\":false}"]
function test() {
  var log = [];
  var o = {};
  Object.defineProperty(o, 'a', { get: function () { log.push('a'); this.b = 'changed by a'; delete this.c; this.d = 'added'; return 1; }, enumerable: true, configurable: true });
  o.b = 'b';
  o.c = 'c';
  Object.defineProperty(o, 'e', { get: function () { log.push('e'); return { nested: log.length }; }, enumerable: true });
  Object.defineProperty(o, 'hidden', { value: 'h', enumerable: false });
  var first = JSON.stringify(o);
  var child = Object.create({ inherited: 1, toString: 'x' });
  child.own = 'own';
  child[2] = 'two';
  child[10] = 'ten';
  child.z = undefined;
  child.f = function () {};
  var bare = Object.create(null);
  bare.k = [bare.k, 'v'];
  var boxed = new String('ab');
  boxed.extra = 1;
  return [first, log, JSON.stringify(child), JSON.stringify(bare), JSON.stringify({ s: boxed, n: new Number(-5), b: new Boolean(false) })];
}

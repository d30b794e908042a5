// description: a replacer array is a property list: strings, numbers, and String/Number objects (converted with ToString) in order, repeats dropped, other entries ignored; it selects and orders the keys of every object (not array elements), including keys that are absent or inherited
// expect: ["{\"c\":{\"a\":3,\"1\":\"one\"},\"a\":1,\"1\":5,\"e\":[{\"a\":6}]}", "{\"b\":2,\"a\":1}", "{\"inherited\":\"yes\",\"own\":\"o\"}", "{\"a\":1}", "[{\"b\":2},5]", "{}", "{\"1\":\"n\",\"1.0\":\"f\"}", "{\n \"a\": 1\n}"]
function test() {
  var v = { a: 1, b: 2, c: { a: 3, d: 4, 1: 'one' }, 1: 5, e: [{ a: 6, z: 7 }] };
  var e = Object('?');
  e.toString = function () { return 'e'; };
  var one = Object(2);
  one.toString = function () { return '1'; };
  var list = ['c', 'a', 1, 'a', e, one, {}, null, undefined, true, 'missing'];
  var sparse = ['b'];
  sparse[3] = 'a';
  var proto = Object.create({ inherited: 'yes' });
  proto.own = 'o';
  var toStr = Object('x');
  toStr.toString = function () { return 'a'; };
  return [
    JSON.stringify(v, list), JSON.stringify(v, sparse), JSON.stringify(proto, ['inherited', 'own']),
    JSON.stringify({ a: 1, x: 2 }, [toStr]), JSON.stringify([{ a: 1, b: 2 }, 5], ['b']), JSON.stringify({ a: 1 }, []),
    JSON.stringify({ 1: 'n', '1.0': 'f' }, [1.0, '1.0']), JSON.stringify({ a: 1 }, ['a'], 1)
  ];
}

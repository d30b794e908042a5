// description: a replacer function is called for every key, root first with key "" and the wrapper object {"": value} as this, then depth first with the holder as this and keys as strings; its result replaces the value (undefined omits the property, is null in arrays)
// expect: ["{\"a\":1,\"b\":[2,{\"c\":3}]}", [":string:[object Object]", "a:string:[object Number]", "b:string:[object Array]", "0:string:[object Number]", "1:string:[object Object]", "c:string:[object Number]"], [""], true, "{\"a\":2,\"b\":[4,\"x\"]}", "{\"b\":2}", "[null,2]", "[{\"a\":1},\"root\"]", undefined, "{}"]
function test() {
  var log = [];
  var wrapper;
  var out = JSON.stringify({ a: 1, b: [2, { c: 3 }] }, function (k, v) {
    if (k === '') { wrapper = this; }
    var kind = v === null ? 'null' : Object.prototype.toString.call(v);
    log[log.length] = k + ':' + typeof k + ':' + kind;
    return v;
  });
  var doubled = JSON.stringify({ a: 1, b: [2, 'x'] }, function (k, v) { return typeof v === 'number' ? v * 2 : v; });
  var dropped = JSON.stringify({ a: 1, b: 2 }, function (k, v) { return k === 'a' ? undefined : v; });
  var nulled = JSON.stringify([1, 2], function (k, v) { return k === '0' ? undefined : v; });
  var rootReplaced = JSON.stringify({ a: 1 }, function (k, v) { return k === '' ? [this[''], 'root'] : v; });
  var rootGone = JSON.stringify({ a: 1 }, function () { return undefined; });
  var fnValue = JSON.stringify({ a: 1 }, function (k, v) { return k === 'a' ? function () {} : v; });
  return [out, log, Object.keys(wrapper), Object.getPrototypeOf(wrapper) === Object.prototype, doubled, dropped, nulled, rootReplaced, rootGone, fnValue];
}

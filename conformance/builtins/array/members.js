// description: Array.prototype has exactly the methods the runtimes list, with their lengths; unlisted ES2015+ ones are absent
// expect: [["concat/1", "constructor/1", "copyWithin/2", "every/1", "fill/1", "filter/1", "find/1", "findIndex/1", "forEach/1", "includes/1", "indexOf/1", "join/1", "lastIndexOf/1", "length", "map/1", "pop/0", "push/1", "reduce/1", "reduceRight/1", "reverse/0", "shift/0", "slice/2", "some/1", "sort/1", "splice/2", "toLocaleString/0", "toString/0", "unshift/1"], ["isArray", "length", "name", "of", "prototype"], "undefined", false]
// node: skip Node has the ES2015+ methods that CloudFront does not list (from, keys, values, entries, flat...)
function test() {
  var names = Object.getOwnPropertyNames(Array.prototype).sort();
  var lengths = names.map(function (n) { var d = Object.getOwnPropertyDescriptor(Array.prototype, n); return typeof d.value === 'function' ? n + '/' + d.value.length : n; });
  return [lengths, Object.getOwnPropertyNames(Array).sort(), typeof Array.from, Object.prototype.propertyIsEnumerable.call(Array.prototype, 'map')];
}

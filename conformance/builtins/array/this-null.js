// description: methods called on null or undefined throw TypeError
// expect: ["TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError"]
function test() {
  var names = ['concat', 'copyWithin', 'every', 'fill', 'filter', 'find', 'findIndex', 'forEach', 'includes', 'indexOf', 'join',
    'lastIndexOf', 'map', 'pop', 'push', 'reduce', 'reduceRight', 'reverse', 'shift', 'slice', 'some', 'sort', 'splice',
    'toLocaleString', 'toString', 'unshift'];
  var out = [];
  for (var i = 0; i < names.length; i++) {
    try { Array.prototype[names[i]].call(null, function () {}); out.push('no error'); } catch (e) { out.push(e.name); }
    try { Array.prototype[names[i]].call(undefined, function () {}); out.push('no error'); } catch (e) { out.push(e.name); }
  }
  return out;
}

// description: the reviver may change the holder: keys are listed before an object's children are revived (added keys are not visited, deleted ones are read as undefined), array length is read once, a property the reviver made non-configurable is silently kept, and arrays are recognised by IsArray
// expect: [["a", "b", "", "a=1", "b=undefined", "=[object Object]", "s0", "s1", "s2", "s", "r0", "r1", "r"], {a: 1, b: 2, c: 3}, {a: 1}, [1], 1, [1, "gone"], {a: 1, b: "fixed"}, {a: {x: 1}}]
function test() {
  var seen = [];
  function note(k) { seen[seen.length] = k; }
  var added = JSON.parse('{"a":1,"b":2}', function (k, v) { note(k); if (k === 'a') { this.c = 3; } return v; });
  var deleted = JSON.parse('{"a":1,"b":2}', function (k, v) { note(k + '=' + v); if (k === 'a') { delete this.b; } return v; });
  var shrunk = JSON.parse('[1,2,3]', function (k, v) { note('s' + k); if (k === '0') { this.length = 1; } return v; });
  var replaced = JSON.parse('[1,[2,3]]', function (k, v) { note('r' + k); if (k === '0') { this[1] = 'gone'; } return v; });
  var locked = JSON.parse('{"a":1,"b":2}', function (k, v) {
    if (k === 'a') { Object.defineProperty(this, 'b', { value: 'fixed', writable: false, configurable: false }); }
    return k === 'b' ? 'new' : v;
  });
  var frozen = JSON.parse('{"a":{"x":1}}', function (k, v) { if (k === 'x') { Object.freeze(this); } return k === 'x' ? undefined : v; });
  return [seen, added, deleted, shrunk, shrunk.length, replaced, locked, frozen];
}

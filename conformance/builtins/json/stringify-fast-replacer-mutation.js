// description: a replacer function that changes the object being serialized is seen at once: a key it deletes is omitted, one it adds is not visited, an element it replaces or removes is read as it is when reached, a length it shortens still serializes the elements listed on entry (as null), and the replacer runs with the holder as this, in order
// expect: ["{\"a\":1,\"c\":{\"d\":\"changed\"}}", [":object", "a:o", "b:o", "c:o", "d:object"], "[1,{\"replaced\":true},3,null]", "[1,null,null]", "{\"a\":[10,{\"b\":20}]}", "{\"keep\":1,\"arr\":[1,null]}"]
function test() {
  var log = [];
  var o = { a: 1, b: 2, c: { d: 3 } };
  var r1 = JSON.stringify(o, function (k, v) {
    log.push(k + ':' + (this === o ? 'o' : typeof this));
    if (k === 'a') { delete o.b; o.e = 5; o.c.d = 'changed'; }
    return v;
  });
  var arr = [1, 2, 3, 4];
  var r2 = JSON.stringify(arr, function (k, v) {
    if (k === '0') { arr[1] = { replaced: true }; arr.length = 3; arr[10] = 'far'; }
    if (k === '2') { delete arr[2]; }
    return v;
  });
  var shrink = [1, 2, 3];
  var r3 = JSON.stringify(shrink, function (k, v) { if (k === '0') { shrink.length = 0; } return v; });
  var r4 = JSON.stringify({ a: [1, { b: 2 }] }, function (k, v) { return typeof v === 'number' ? v * 10 : v; });
  var r5 = JSON.stringify({ keep: 1, drop: 2, arr: [1, 2] }, function (k, v) { return k === 'drop' || k === '1' ? undefined : v; });
  return [r1, log, r2, r3, r4, r5];
}

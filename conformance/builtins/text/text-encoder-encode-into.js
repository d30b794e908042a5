// description: encodeInto writes as many whole UTF-8 characters of ToString(source) as fit into the Uint8Array destination (never part of one) and returns {read, written} in UTF-16 code units and bytes; lone surrogates count one unit and three bytes; bytes past the written ones are untouched
// expect: [[5, 10, [97, 195, 169, 226, 130, 172, 240, 159, 152, 128]], [3, 6, [97, 195, 169, 226, 130, 172, 9]], [2, 4, [240, 159, 152, 128]], [0, 0, [9, 9, 9]], [1, 3, [239, 191, 189, 9]], [0, 0, []], [0, 0, [9, 9]], [0, 0, [9]], ["read", "written"], {read: 2, written: 2}, [3, 3, [1, 2, 120, 121, 122, 6]]]
// expect cloudfront-js-1.0: throws ReferenceError: TextEncoder is not defined
function test() {
  var enc = new TextEncoder();
  function bytes(u) { var r = []; for (var i = 0; i < u.length; i++) { r[i] = u[i]; } return r; }
  function into(s, size) { var d = new Uint8Array(size); for (var i = 0; i < size; i++) { d[i] = 9; } var r = enc.encodeInto(s, d); return [r.read, r.written, bytes(d)]; }
  var result = enc.encodeInto('ab', new Uint8Array(4));
  var view = new Uint8Array(new Uint8Array([1, 2, 3, 4, 5, 6]).buffer, 2, 3);
  var vr = enc.encodeInto('xyz!', view);
  return [
    into('aé€😀', 10), into('aé€😀', 7), into('😀😀', 4), into('😀', 3), into('\ud800\ud800', 4), into('abc', 0), into('', 2), into('é', 1),
    Object.keys(result), result,
    [vr.read, vr.written, bytes(new Uint8Array(view.buffer))]
  ];
}

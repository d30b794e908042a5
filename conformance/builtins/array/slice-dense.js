// description: slice of a dense array copies the elements in order, and of an array with holes, named index properties, an indexed prototype or getters gives what the generic steps give
// expect: [["q=shoes", "color=red", "color=blue", "zz=1"], ["color=red", "color=blue", "zz=1"], ["zz=1"], [], [], ["color=red", "color=blue", "new"], 4, [<hole>, 3, <hole>, 5], true, 4, 3, [2, 3], undefined, [1, "g", 3], 1, [0, "proto", 2], ["0", "1", "2"], 30, 5, 34, false, true, true]
function test() {
  var a = ['q=shoes', 'color=red', 'color=blue', 'zz=1'];
  var holes = [1, , 3, , 5];
  var named = [1, 2, 3];
  named.extra = 'x';
  var withGetter = [1, 2, 3];
  var calls = 0;
  Object.defineProperty(withGetter, 1, { get: function () { calls++; return 'g'; } });
  Array.prototype[1] = 'proto';
  var fromProto = [0, , 2].slice(0, 3);
  delete Array.prototype[1];
  var s = a.slice(1, 3);
  s.push('new');
  var big = [];
  for (var i = 0; i < 40; i++) big.push(i);
  var copy = big.slice(5, 35);
  return [
    a.slice(), a.slice(1), a.slice(-1), a.slice(2, 2), a.slice(3, 1), s, a.length,
    holes.slice(1), 1 in holes.slice(1), holes.slice(1).length, holes.slice(0, 3).length,
    named.slice(1), named.slice(1).extra, withGetter.slice(0), calls,
    fromProto, Object.keys(fromProto), copy.length, copy[0], copy[29],
    [[1], [2]].slice(1)[0] === [[1], [2]].slice(1)[0],
    Object.getPrototypeOf(a.slice(1)) === Array.prototype, Array.isArray(a.slice(0))
  ];
}

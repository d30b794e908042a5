// description: concat of dense arrays and plain values appends them in order; arrays with holes, getters, named index properties or an indexed prototype, and non-array objects, give what the generic steps give
// expect: [["q=shoes", "color=red", "color=blue", "zz=1", "more"], 2, 2, ["q=shoes", "color=red"], ["q=shoes", "color=red"], ["q=shoes", "color=red", "color=blue", "zz=1"], ["q=shoes", "color=red", "s", 5, "color=blue", "zz=1", [6], 1, <hole>, 3, 7], 11, true, true, ["q=shoes", "color=red", 1, <hole>, 3, "color=blue", "zz=1"], false, ["q=shoes", "color=red", "g", 2], 1, 3, true, [0, "proto", 2, 3], ["0", "1", "2", "3"], 60, 15, true, true]
function test() {
  var a = ['q=shoes', 'color=red'];
  var b = ['color=blue', 'zz=1'];
  var holes = [1, , 3];
  var calls = 0;
  var getter = [1, 2];
  Object.defineProperty(getter, 0, { get: function () { calls++; return 'g'; } });
  var like = { length: 2, 0: 'x', 1: 'y' };
  var big = [];
  for (var i = 0; i < 30; i++) big.push(i);
  Array.prototype[1] = 'proto';
  var viaProto = [0, , 2].concat([3]);
  delete Array.prototype[1];
  var c = a.concat(b);
  c.push('more');
  var mixed = a.concat('s', 5, b, [[6]], holes, 7);
  return [
    c, a.length, b.length, a.concat(), a.concat([]), [].concat(a, b), mixed, mixed.length, 6 in mixed, 7 in mixed,
    a.concat(holes, b), 3 in a.concat(holes, b), a.concat(getter), calls, a.concat(like).length, a.concat(like)[2] === like,
    viaProto, Object.keys(viaProto), big.concat(big).length, big.concat(big)[45],
    Array.isArray(a.concat(b)), Object.getPrototypeOf(a.concat(b)) === Array.prototype
  ];
}

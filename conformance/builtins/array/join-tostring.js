// description: join with separators, null and undefined elements, nested and cyclic arrays; toString falls back to Object.prototype.toString
// expect: ["1,2,3", "123", "1,2,3", "1null2", "--1", ",", "", "1,2,", "1,2,", "1,2,3,4", "a++c", "1.5 0 true x [object Object]", "[object Object]", "J", ",,", "1,2,3", "1,2", "0", 1, "1,a,"]
function test() {
  var cyc = [1, 2];
  cyc.push(cyc);
  var nested = [1, [2, [3, [4]]]];
  var like = { length: 3, 0: 'a', 1: null, 2: 'c' };
  var noJoin = { join: 5 };
  return [[1, 2, 3].join(), [1, 2, 3].join(''), [1, 2, 3].join(undefined), [1, 2].join(null), [null, undefined, 1].join('-'),
    [, , ].join(), [].join(), cyc.join(), String(cyc), nested.toString(), Array.prototype.join.call(like, '+'),
    [1.5, -0, true, 'x', {}].join(' '), Array.prototype.toString.call(noJoin), Array.prototype.toString.call({ join: function () { return 'J'; } }),
    [[], [[]], [null]].toString(), String([1, [2, 3]]), [1, 2] + '', [0].join({ toString: function () { return '|'; } }),
    Array.prototype.join.length, Array.prototype.toLocaleString.call([1, 'a', null])];
}

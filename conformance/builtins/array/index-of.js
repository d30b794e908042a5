// description: indexOf and lastIndexOf use strict equality and skip holes; includes uses SameValueZero and reads holes
// expect: [1, 3, 3, -1, 4, 5, -1, -1, 0, 3, 1, 1, -1, -1, 7, 0, true, true, true, true, -1, false, true, false, false, 1, true, 1, 1, 1]
function test() {
  var a = [1, 2, NaN, 2, -0, undefined, , 'x'];
  return [a.indexOf(2), a.indexOf(2, 2), a.indexOf(2, -5), a.indexOf(NaN), a.indexOf(0), a.indexOf(undefined), a.indexOf('2'),
    a.indexOf(1, 100), a.indexOf(1, -100), a.lastIndexOf(2), a.lastIndexOf(2, 2), a.lastIndexOf(2, -6), a.lastIndexOf(2, -100),
    a.lastIndexOf('x', undefined), a.lastIndexOf('x'), a.lastIndexOf(1, 0), a.includes(NaN), a.includes(0), a.includes(undefined),
    [, ].includes(undefined), [, ].indexOf(undefined), a.includes(2, 4), a.includes(2, -5), [].includes(), [1].includes(1, 1),
    Array.prototype.indexOf.call({ length: 2, 0: 'a', 1: 'b' }, 'b'), Array.prototype.includes.call('abc', 'c'),
    Array.prototype.indexOf.length, Array.prototype.lastIndexOf.length, Array.prototype.includes.length];
}

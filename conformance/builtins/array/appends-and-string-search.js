// description: results built by appending (map, filter, slice, concat), indexOf and includes over strings of one length and of equal texts made apart, join over empty parts
// expect: [0, 4, -1, true, 3, 0, 0, [2, <hole>, 6], 3, ["0", "2"], [2, 4], [6, 7], [8, 9, <hole>, 10, 11], [2, 3], false, "12", "ab", "-", ",,z", "", 3, [0, 1, 2], 4]
function test() {
  var out = [];
  var words = ['abc', 'abd', 'ab', 'x'.repeat(3), 'ABC'.toLowerCase()];
  out.push(words.indexOf('ab' + 'c'), words.lastIndexOf('abc'), words.indexOf('abe'), words.includes('a' + 'b'));
  out.push(words.indexOf('xxx'), ['\u03c9', 'w'].indexOf(String.fromCharCode(0x3c9)), ['', 'a'].indexOf(''));
  var doubled = [1, , 3].map(function (v, i, a) { a[5] = 6; return v * 2; });
  out.push(doubled, doubled.length, Object.keys(doubled));
  out.push([1, 2, 3, 4].filter(function (v) { return v % 2 === 0; }), [5, 6, 7].slice(1), [8].concat([9, , 10], 11));
  var r = Object.freeze([1, 2]).map(function (v) { return v + 1; });
  out.push(r, Object.isFrozen(r), [1, 2].map(String).join(''));
  out.push(['', 'a', '', 'b', ''].join(''), ['', ''].join('-'), [null, undefined, 'z'].join(), [].join('x'));
  var pushed = [0];
  out.push(pushed.push(1, 2), pushed, [pushed].concat(pushed).length);
  return out;
}

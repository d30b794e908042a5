// description: sort() of strings shorter and longer than 16 code units, equal texts, empty strings, non-Latin-1 text, and arrays that leave the all-strings path (numbers, undefined, holes, getters on Array.prototype, frozen arrays)
// expect: ["a=1&b=2&c=3", "|a|a|a|ab|b|b", "Z|ete|z|é|été|中", "a|b|utm_medium=email-campaign|utm_source=news|utm_source=newsletter", "0123456789abcde|0123456789abcdefA|0123456789abcdefX", "a1a2b1c0c1d0e0e2f2g1h0h1i0j0j2k2l1l2m0m1n0o0o2p2q1q2r1s0s1t0t2u2v1v2w1x0x1y0z0z2", "1,10,8,9", 5, "a", "c", undefined, false, "a,set aa,b", true, "TypeError", "b,a", "TypeError", "abc"]
function test() {
  var out = [];
  out.push(['c=3', 'a=1', 'b=2'].sort().join('&'));
  out.push(['b', 'a', 'b', 'a', '', 'ab', 'a'].sort().join('|'));
  out.push(['\u00e9t\u00e9', 'ete', '\u4e2d', 'z', 'Z', '\u00e9'].sort().join('|'));
  out.push(['utm_source=newsletter', 'a', 'utm_medium=email-campaign', 'b', 'utm_source=news'].sort().join('|'));
  out.push(['0123456789abcdefX', '0123456789abcdefA', '0123456789abcde'].sort().join('|'));
  var many = [];
  for (var i = 0; i < 40; i++) many.push(String.fromCharCode(122 - (i * 7) % 26) + (i % 3));
  out.push(many.sort().join(''));
  out.push([10, 9, '8', 1].sort().join());
  var mixed = ['b', undefined, 'a', , 'c'].sort();
  out.push(mixed.length, mixed[0], mixed[2], mixed[3], 4 in mixed);
  Object.defineProperty(Array.prototype, '1', {
    get: function () { return 'aa'; },
    set: function (v) { Object.defineProperty(this, '1', { value: 'set ' + v, writable: true, enumerable: true, configurable: true }); },
    configurable: true
  });
  try {
    var holey = ['b', , 'a'].sort();
    out.push(holey.join(), holey.hasOwnProperty(2));
  } finally {
    delete Array.prototype[1];
  }
  var frozen = Object.freeze(['b', 'a']);
  try { frozen.sort(); out.push('no error'); } catch (e) { out.push(e.name, frozen.join()); }
  var sortedFrozen = Object.freeze(['a', 'b']);
  try { sortedFrozen.sort(); out.push('no error'); } catch (e) { out.push(e.name); }
  var like = { length: 3, 0: 'c', 1: 'a', 2: 'b' };
  Array.prototype.sort.call(like);
  out.push(like[0] + like[1] + like[2]);
  return out;
}

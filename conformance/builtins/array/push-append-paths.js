// description: push appends to plain arrays (growing runs, several values, holes below the length) and falls back for frozen, sealed, non-extensible and read-only-length arrays, indexed setters on Array.prototype, extra own properties, array-likes and the 2^32 - 1 length limit
// expect: [1, 3, 3, 8, "x,y,z,1,2,3,4,5", 4, false, 4, 4, 40, 39, 42, 41, "TypeError", 2, "TypeError", 1, "TypeError", 2, false, "TypeError", 2, false, 7, 7, "next", "kept", 3, 3, "from the prototype", false, "setter two", 2, 2, "one", 4, 4, "d", 2, 2, "v", "RangeError", 4294967295, "over", 4294967295, "last"]
function test() {
  var out = [];
  var a = [];
  out.push(a.push('x'), a.push('y', 'z'), a.push(), a.push(1, 2, 3, 4, 5), a.join());
  var holey = [1, , 3];
  out.push(holey.push(4), 1 in holey, holey.length, holey[3]);
  var big = [];
  for (var i = 0; i < 40; i++) big.push(i);
  out.push(big.length, big[39], big.push(40, 41), big[41]);
  var frozen = Object.freeze([1, 2]);
  try { frozen.push(3); out.push('no error'); } catch (e) { out.push(e.name, frozen.length); }
  var sealed = Object.seal([1]);
  try { sealed.push(2); out.push('no error'); } catch (e) { out.push(e.name, sealed.length); }
  var closed = Object.preventExtensions([1, 2]);
  try { closed.push(3); out.push('no error'); } catch (e) { out.push(e.name, closed.length, 2 in closed); }
  var fixed = [1, 2];
  Object.defineProperty(fixed, 'length', { writable: false });
  try { fixed.push(3); out.push('no error'); } catch (e) { out.push(e.name, fixed.length, 2 in fixed); }
  var named = [1];
  named.extra = 'kept';
  named[5] = 'far';
  out.push(named.push('next'), named.length, named[6], named.extra);
  var seen = [];
  Object.defineProperty(Array.prototype, '2', {
    set: function (v) { seen.push('setter ' + v); },
    get: function () { return 'from the prototype'; },
    configurable: true
  });
  try {
    var b = [0, 1];
    out.push(b.push('two'), b.length, b[2], b.hasOwnProperty(2), seen.join());
    var c = [0];
    out.push(c.push('one'), c.length, c[1]);
  } finally {
    delete Array.prototype[2];
  }
  var like = { length: 2, 0: 'a', 1: 'b' };
  out.push(Array.prototype.push.call(like, 'c', 'd'), like.length, like[3]);
  var str = { length: '1' };
  out.push(Array.prototype.push.call(str, 'v'), str.length, str[1]);
  var edge = [];
  edge.length = 4294967295;
  try { edge.push('over'); out.push('no error'); } catch (e) { out.push(e.name, edge.length, edge[4294967295]); }
  var under = [];
  under.length = 4294967294;
  out.push(under.push('last'), under[4294967294]);
  return out;
}

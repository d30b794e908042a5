// description: map's results in a dense array (holes before, between and after present elements; a callback that grows, shrinks or fills the source; indexed getters on Array.prototype; array-likes; a constructor of the wrong type; a non-callable callback)
// expect: ["2,4,6", 0, 5, false, true, "bb", false, "dd", false, 4, "bb", false, "dd", "0,1,3", 2, "p0,q1", 4, 3, "p", true, false, "p0,filled1,s2", true, 3, true, "aa", "cc", true, 3, false, "zz", "TypeError", "2,4", "TypeError", "v,0,1,this"]
function test() {
  var out = [];
  var twice = function (v) { return v + v; };
  out.push([1, 2, 3].map(twice).join(), [].map(twice).length);
  var holes = [, 'b', , 'd', ,].map(twice);
  out.push(holes.length, 0 in holes, 1 in holes, holes[1], 2 in holes, holes[3], 4 in holes);
  var late = ['a', 'b', , 'd'].map(twice);
  out.push(late.length, late[1], 2 in late, late[3], Object.keys(late).join());
  var grow = ['p', 'q'];
  var grown = grow.map(function (v, i, arr) { arr.push('r'); return v + i; });
  out.push(grown.length, grown.join(), grow.length);
  var shrink = ['p', 'q', 's'];
  var shrunk = shrink.map(function (v, i, arr) { arr.pop(); return v; });
  out.push(shrunk.length, shrunk[0], 1 in shrunk, 2 in shrunk);
  var fill = ['p', , 's'];
  var filled = fill.map(function (v, i, arr) { arr[1] = 'filled'; return v + i; });
  out.push(filled.join(), 1 in filled);
  Object.defineProperty(Array.prototype, '1', {
    get: function () { return 'from the prototype'; },
    configurable: true
  });
  try {
    var proto = ['a', , 'c'].map(twice);
    out.push(proto.length, proto.hasOwnProperty(1), proto[0], proto[2]);
  } finally {
    delete Array.prototype[1];
  }
  var like = { length: 3, 0: 'x', 2: 'z' };
  var fromLike = Array.prototype.map.call(like, twice);
  out.push(Array.isArray(fromLike), fromLike.length, 1 in fromLike, fromLike[2]);
  var odd = [1, 2];
  odd.constructor = 5;
  try { odd.map(twice); out.push('no error'); } catch (e) { out.push(e.name); }
  var plain = [1, 2];
  plain.constructor = undefined;
  out.push(plain.map(twice).join());
  try { [1].map('not a function'); out.push('no error'); } catch (e) { out.push(e.name); }
  var args = [];
  ['v'].map(function (v, i, arr) { args.push(v, i, arr.length, this.tag); }, { tag: 'this' });
  out.push(args.join());
  return out;
}

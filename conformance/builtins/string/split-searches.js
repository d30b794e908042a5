// description: split on a string separator: separators at the ends, in a row and overlapping, limits that stop on a separator or past the last, Latin-1 and UTF-16 text, and a text long enough to be searched in slices
// expect: [["", "docs", "guide", "intro.html"], ["", ""], ["", "", ""], ["a", "", "b"], ["", "", ""], ["", "", "a"], ["", "", ""], ["x"], ["", "a", "b", "c"], ["", "a", "b", "c", ""], ["", "a", "b", "c", ""], ["", "a", "b"], ["café", "crème"], ["", "", "x", ""], ["a", "b", "c"], ["x", "€", "y"], ["€"], 18, 3, 70000, "b", 40000, 70000, 2]
function test() {
  var long = new Array(70001).join('a') + ',b,' + new Array(40001).join('c');
  var parts = long.split(',');
  var many = '/a/b/c/'.split('/', 3);
  return [
    '/docs/guide/intro.html'.split('/'), '/'.split('/'), '//'.split('/'), 'a//b'.split('/'),
    'aaaa'.split('aa'), 'aaaaa'.split('aa'), 'abab'.split('ab'), 'x'.split('xy'),
    '/a/b/c/'.split('/', 4), '/a/b/c/'.split('/', 5), '/a/b/c/'.split('/', 6), many,
    'caf\u00e9,cr\u00e8me'.split(','), '\u00e9\u00e9x\u00e9'.split('\u00e9'),
    'a\u20acb\u20acc'.split('\u20ac'), 'x,\u20ac,y'.split(','), '\u20ac'.split(','),
    'a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p.q.r'.split('.').length,
    parts.length, parts[0].length, parts[1], parts[2].length,
    long.split(',', 1)[0].length, long.split('b,c').length
  ];
}

// description: push and pop on arrays whose holes lie inside their length (the dense run), with and without indexed properties on Array.prototype
// expect: [4, 4, false, 4, 3, 2, false, 3, undefined, 2, 2, 1, undefined, 0, undefined, 0, 6, false, "x", 4, 3, undefined, 2, false, 2, "from the prototype", 1, false, "from the prototype", 1]
function test() {
  var out = [];
  var a = [1, , 3];
  out.push(a.push(4), a.length, 1 in a, a.pop(), a.pop(), a.length, 1 in a);
  var b = [1, 2, , ];
  out.push(b.length, b.pop(), b.length, b.pop(), b.length);
  var c = [, ];
  out.push(c.pop(), c.length, c.pop(), c.length);
  var d = [];
  for (var i = 0; i < 5; i++) d.push(i);
  delete d[2];
  out.push(d.push('x'), 2 in d, d.pop(), d.pop(), d.pop(), d.pop(), d.length, 2 in d);
  Array.prototype[1] = 'from the prototype';
  var e = [0, , 2];
  out.push(e.pop(), e.pop(), e.length, e.hasOwnProperty(1));
  var f = [0, , ];
  out.push(f.pop(), f.length);
  delete Array.prototype[1];
  return out;
}
